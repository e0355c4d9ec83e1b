using System.Buffers.Binary;
using System.Text;
using System.Text.Unicode;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Portal.Search.Lucene;

/// <summary>
/// What a hit shows (kind, item id, prefecture, URL, publication time, title, body for the snippet), kept
/// as one binary doc value per document. Stored fields are compressed in 16 KB blocks: showing a hit
/// decompressed on average half a block, byte by byte, a quarter of an uncached search's CPU. A doc value
/// is read in place from the mapped file. A doc value holds at most 32,766 bytes, so a longer body is cut
/// at <see cref="MaxBodyBytes"/> and flagged, and only then stored whole in <see cref="IndexFields.Body"/>.
/// </summary>
internal static class HitCards
{
    /// <summary>Room for the body within Lucene's limit on one doc value, the other fields being short.</summary>
    public const int MaxBodyBytes = 30_000;

    /// <summary>Titles, URLs and codes are short (the catalogue bounds them); cut rather than fail if not.</summary>
    private const int MaxOtherBytes = 512;

    private const byte BodyCutFlag = 1;

    private const int MaxCardBytes = 1 + 16 + 8 + (4 * (5 + MaxOtherBytes)) + 5 + MaxBodyBytes;

    // Encoding space per thread (rebuilds map documents on every core); each card is copied out at its size.
    [ThreadStatic]
    private static byte[]? scratch;

    /// <summary>The card of a document, and whether its body had to be cut to fit.</summary>
    public static (BinaryDocValuesField Card, bool BodyCut) Field(SearchDocument source)
    {
        var buffer = scratch ??= new byte[MaxCardBytes];
        var span = buffer.AsSpan();
        var at = 1;
        source.ItemId.TryWriteBytes(span[at..]);
        at += 16;
        BinaryPrimitives.WriteInt64LittleEndian(span[at..], source.PublishedAt.UtcTicks);
        at += 8;
        Write(span, ref at, SearchKinds.Code(source.Kind), MaxOtherBytes);
        Write(span, ref at, source.Prefecture, MaxOtherBytes);
        Write(span, ref at, source.Url, MaxOtherBytes);
        Write(span, ref at, source.Title, MaxOtherBytes);
        var bodyCut = !Write(span, ref at, source.Body, MaxBodyBytes);
        buffer[0] = bodyCut ? BodyCutFlag : (byte)0;
        return (new BinaryDocValuesField(IndexFields.Hit, new BytesRef(span[..at].ToArray())), bodyCut);
    }

    /// <summary>The card of a segment's document; <paramref name="values"/> is the segment's <see cref="IndexFields.Hit"/> doc values.</summary>
    public static HitCard Read(BinaryDocValues values, int doc)
    {
        var bytes = new BytesRef();
        values.Get(doc, bytes);
        var span = bytes.Bytes.AsSpan(bytes.Offset, bytes.Length);
        if (span.Length < 25)
        {
            throw new InvalidDataException($"Search document {doc} has no hit card.");
        }

        var at = 1;
        var itemId = new Guid(span.Slice(at, 16));
        at += 16;
        var published = BinaryPrimitives.ReadInt64LittleEndian(span[at..]);
        at += 8;
        return new HitCard(
            Kind: ReadString(span, ref at),
            Prefecture: ReadString(span, ref at),
            Url: ReadString(span, ref at),
            Title: ReadString(span, ref at),
            Body: ReadString(span, ref at),
            BodyCut: (span[0] & BodyCutFlag) != 0,
            ItemId: itemId,
            PublishedTicks: published);
    }

    // Length (7-bit varint) and UTF-8; false when the text was cut to fit (never inside a character).
    private static bool Write(Span<byte> buffer, ref int at, string text, int maxBytes)
    {
        var room = buffer.Slice(at + 5, maxBytes);
        var status = Utf8.FromUtf16(text, room, out _, out var written, replaceInvalidSequences: true, isFinalBlock: true);
        var length = (uint)written;
        while (length >= 0x80)
        {
            buffer[at++] = (byte)(length | 0x80);
            length >>= 7;
        }

        buffer[at++] = (byte)length;
        room[..written].CopyTo(buffer[at..]);
        at += written;
        return status == System.Buffers.OperationStatus.Done;
    }

    private static string ReadString(ReadOnlySpan<byte> span, ref int at)
    {
        var length = 0;
        for (var shift = 0; ; shift += 7)
        {
            var part = span[at++];
            length |= (part & 0x7F) << shift;
            if (part < 0x80)
            {
                break;
            }
        }

        var text = Encoding.UTF8.GetString(span.Slice(at, length));
        at += length;
        return text;
    }
}

/// <param name="BodyCut">The body was longer than a card holds: the stored body field has all of it.</param>
internal sealed record HitCard(string Kind, string Prefecture, string Url, string Title, string Body, bool BodyCut, Guid ItemId, long PublishedTicks);
