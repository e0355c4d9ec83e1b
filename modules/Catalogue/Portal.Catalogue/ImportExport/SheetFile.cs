using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace Portal.Catalogue.ImportExport;

/// <summary>The two file formats of import and export.</summary>
internal enum SheetFormat
{
    Csv,
    Xlsx,
}

/// <summary>A file that is neither readable CSV nor readable XLSX; <see cref="Exception.Message"/> is a message key.</summary>
internal sealed class SheetFileException(string messageKey, params object[] arguments) : Exception(messageKey)
{
    public string MessageKey { get; } = messageKey;

    public object[] Arguments { get; } = arguments;
}

/// <summary>One line of a sheet: its number as a spreadsheet shows it (the header is row 1) and its cells.</summary>
internal sealed record SheetRow(int Number, string?[] Cells);

/// <summary>
/// Reads and writes the rows of a sheet. The type of an upload is told by its content, never by its
/// name: a zip (<c>PK\x03\x04</c>) that opens as a workbook is XLSX, valid text is CSV (RFC 4180, UTF-8
/// with or without a byte-order mark, or GB18030 as Chinese Excel saves it), anything else is refused.
/// </summary>
internal static class SheetFile
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Characters that make a spreadsheet treat a cell as a formula.</summary>
    private const string FormulaStarts = "=+-@\t\r";

    private const int Gb18030CodePage = 54936;

    public static SheetFormat Detect(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(ZipMagic))
        {
            return SheetFormat.Xlsx;
        }

        return SheetFormat.Csv;
    }

    /// <summary>All rows, the header first; throws <see cref="SheetFileException"/> for a file that is not what it must be.</summary>
    /// <remarks>
    /// Reading stops past <paramref name="maxRows"/> lines (blank ones included, twice over), so that a
    /// small zip that unpacks to a huge sheet is refused early.
    /// </remarks>
    public static List<SheetRow> Read(byte[] content, SheetFormat format, int maxRows)
    {
        var rows = format == SheetFormat.Xlsx ? ReadXlsx(content, RawRowCap(maxRows)) : ReadCsv(content);
        return rows.Count > RawRowCap(maxRows) ? throw new SheetFileException("TooManyRows", maxRows, rows.Count - 1) : rows;
    }

    private static int RawRowCap(int maxRows) => (maxRows * 2) + 1;

    /// <summary>A cell a spreadsheet would run as a formula, made text with a leading apostrophe.</summary>
    public static string? Guard(string? cell) =>
        cell is { Length: > 0 } && FormulaStarts.Contains(cell[0], StringComparison.Ordinal) ? "'" + cell : cell;

    /// <summary>Undoes <see cref="Guard"/>, so that an exported file imports as it was.</summary>
    public static string? Unguard(string? cell) =>
        cell is { Length: > 1 } && cell[0] == '\'' && FormulaStarts.Contains(cell[1], StringComparison.Ordinal) ? cell[1..] : cell;

    public static byte[] WriteCsv(IReadOnlyList<string> header, IEnumerable<object?[]> rows)
    {
        var builder = new StringBuilder();
        builder.Append(string.Join(",", header.Select(Quote))).Append("\r\n");
        foreach (var row in rows)
        {
            builder.Append(string.Join(",", row.Select(cell => Quote(Guard(Format(cell)))))).Append("\r\n");
        }

        return [.. Encoding.UTF8.Preamble, .. StrictUtf8.GetBytes(builder.ToString())];
    }

    public static byte[] WriteXlsx(string sheetName, IReadOnlyList<string> header, IEnumerable<object?[]> rows, IEnumerable<IDictionary<string, object?>> help)
    {
        var data = rows.Select(row =>
        {
            var cells = new Dictionary<string, object?>(header.Count, StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
            {
                cells[header[i]] = row[i] is string text ? Guard(text) : row[i];
            }

            return cells;
        }).ToList();
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [sheetName] = data.Count > 0 ? data : new List<Dictionary<string, object?>> { header.ToDictionary(h => h, _ => (object?)null) },
            ["说明 Help"] = help.ToList(),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, printHeader: true, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static string Format(object? cell) => cell switch
    {
        null => "",
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };

    private static string Quote(string? cell)
    {
        if (string.IsNullOrEmpty(cell))
        {
            return "";
        }

        return cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }

    private static List<SheetRow> ReadXlsx(byte[] content, int cap)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            var rows = new List<SheetRow>();
            var number = 0;
            foreach (IDictionary<string, object?> row in stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX))
            {
                number++;
                if (number > cap + 1)
                {
                    throw new SheetFileException("TooManyRows", cap / 2, $"> {cap}");
                }

                var cells = new List<string?>();
                foreach (var (column, value) in row)
                {
                    var index = ColumnIndex(column);
                    while (cells.Count <= index)
                    {
                        cells.Add(null);
                    }

                    cells[index] = CellText(value);
                }

                rows.Add(new SheetRow(number, [.. cells]));
            }

            return rows;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException and not OperationCanceledException and not SheetFileException)
        {
            throw new SheetFileException("BrokenXlsx");
        }
    }

    private static int ColumnIndex(string column)
    {
        var index = 0;
        foreach (var letter in column)
        {
            if (letter is < 'A' or > 'Z')
            {
                break;
            }

            index = (index * 26) + (letter - 'A' + 1);
        }

        return Math.Max(index - 1, 0);
    }

    private static string? CellText(object? value) => value switch
    {
        null => null,
        string text => text,
        DateTime date when date.TimeOfDay == TimeSpan.Zero => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime date => date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>
    /// UTF-8 first; failing that GB18030, which is what Excel on a Chinese Windows saves CSV as. Either
    /// strictly: a byte sequence the encoding does not know means the file is not text.
    /// </summary>
    private static string? Decode(byte[] content)
    {
        try
        {
            return StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
        }

        try
        {
            var gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(Gb18030CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            return gb18030?.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static List<SheetRow> ReadCsv(byte[] content)
    {
        var text = Decode(content) ?? throw new SheetFileException("NotCsvOrXlsx");

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        if (text.Any(c => char.IsControl(c) && c is not '\t' and not '\r' and not '\n'))
        {
            throw new SheetFileException("NotCsvOrXlsx");
        }

        var rows = new List<SheetRow>();
        var cells = new List<string?>();
        var cell = new StringBuilder();
        var number = 1;
        var i = 0;
        while (i <= text.Length)
        {
            if (i == text.Length)
            {
                if (cells.Count > 0 || cell.Length > 0)
                {
                    cells.Add(cell.ToString());
                    rows.Add(new SheetRow(number, [.. cells]));
                }

                break;
            }

            var c = text[i];
            if (c == '"' && cell.Length == 0)
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new SheetFileException("BrokenCsv");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            cell.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    cell.Append(text[i]);
                    i++;
                }

                if (i < text.Length && text[i] is not ',' and not '\r' and not '\n')
                {
                    throw new SheetFileException("BrokenCsv");
                }

                continue;
            }

            if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
                i++;
            }
            else if (c is '\r' or '\n')
            {
                cells.Add(cell.ToString());
                cell.Clear();
                rows.Add(new SheetRow(number, [.. cells]));
                cells.Clear();
                number++;
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
            }
            else
            {
                cell.Append(c);
                i++;
            }
        }

        return rows;
    }
}
