using System.Net;
using System.Text;
using System.Text.Json;
using MiniExcelLibs;
using Portal.Catalogue.Tests.Http;
using Portal.Testing;
using Xunit;
using static Portal.Catalogue.Tests.Http.CatalogueApi;
using static Portal.Catalogue.Tests.ImportExport.ImportExportApi;

namespace Portal.Catalogue.Tests.ImportExport;

/// <summary>Bulk import with a row-by-row report, and export that imports again, over HTTP on PostgreSQL.</summary>
public sealed class ImportExportTests(CatalogueFixture fixture) : IClassFixture<CatalogueFixture>
{
    private static readonly string[] ParkFields =
    [
        "name", "kind", "level", "county", "address", "latitude", "longitude", "plannedAreaMu", "availableLandMu",
        "landPriceWanPerMu", "powerPriceYuanPerKwh", "waterSupply", "gasSupply", "logistics", "chains", "notableEnterprises",
        "description", "contacts", "status",
    ];

    private static readonly string[] PolicyFields =
        ["title", "issuer", "documentNumber", "level", "chains", "parks", "incentiveKinds", "effectiveFrom", "effectiveTo", "body", "status"];

    private static readonly string[] ProjectFields = ["name", "chain", "park", "investmentWan", "cooperationMode", "description", "contact", "status"];

    private const string ParkHeader = "name,kind,level,county,plannedAreaMu,availableLandMu,chains";

    [ServiceTheory(Service.Postgres)]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task Exported_items_import_into_another_prefecture_as_equivalent_drafts(string format)
    {
        var (_, from) = await fixture.NewPrefectureAsync();
        var (_, to) = await fixture.NewPrefectureAsync();
        using var source = from;
        using var target = to;
        var parks = new[]
        {
            await CreateAsync(source, "parks", Park("曲靖经济技术开发区")),
            await CreateAsync(source, "parks", Park("陆良工业园区").With("contacts", Array.Empty<object>()).With("latitude", null).With("longitude", null)),
        };
        await ActAsync(source, "parks", parks[0].GetProperty("id").GetGuid(), "publish");
        var policy = await CreateAsync(source, "policies", Policy("绿色铝产业支持政策", "曲政发〔2025〕1号").With("effectiveTo", null));
        var project = await CreateAsync(source, "projects", Project("再生铝项目"));

        foreach (var (items, originals, fields) in new[]
        {
            ("parks", parks, ParkFields),
            ("policies", new[] { policy }, PolicyFields),
            ("projects", new[] { project }, ProjectFields),
        })
        {
            var file = await ExportAsync(source, items, format);
            var report = await ImportReportAsync(target, items, file, $"{items}.{format}");
            Assert.Equal(originals.Length, report.GetProperty("imported").GetInt32());
            Assert.Equal(0, report.GetProperty("invalid").GetInt32());

            foreach (var row in report.GetProperty("rows").EnumerateArray())
            {
                Assert.Equal("imported", row.GetProperty("status").GetString());
                var copy = await GetJsonAsync(target, $"/api/admin/{items}/{row.GetProperty("id").GetGuid()}");
                var original = originals[row.GetProperty("row").GetInt32() - 2];
                foreach (var field in fields)
                {
                    var expected = field == "status" ? "\"draft\"" : original.GetProperty(field).GetRawText();
                    Assert.Equal(Normalize(expected), Normalize(copy.GetProperty(field).GetRawText()));
                }
            }
        }
    }

    [ServiceFact(Service.Postgres)]
    public async Task Three_valid_and_two_invalid_rows_are_reported_and_only_valid_rows_mode_imports_the_three()
    {
        var (_, c) = await fixture.NewPrefectureAsync();
        using var client = c;
        var file = Csv(
            ParkHeader,
            "宣威经济开发区,economic-development-zone,provincial,宣威市,5000,1200,new-energy-battery",
            "\"罗平工业园区, 南区\",industrial-park,county,罗平县,3000,500,",
            ",zone,county,师宗县,abc,100,",
            "富源工业园区,industrial-park,county,富源县,2000,800,green-aluminium;new-energy-battery",
            "会泽工业园区,industrial-park,county,会泽县,100,900,");

        var checkedOnly = await ImportReportAsync(client, "parks", file, "parks.csv", "validate");
        Assert.Equal(5, checkedOnly.GetProperty("total").GetInt32());
        Assert.Equal(3, checkedOnly.GetProperty("valid").GetInt32());
        Assert.Equal(2, checkedOnly.GetProperty("invalid").GetInt32());
        Assert.Equal(0, checkedOnly.GetProperty("imported").GetInt32());
        var invalid = checkedOnly.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("status").GetString() == "invalid").ToList();
        Assert.Equal([4, 6], invalid.Select(r => r.GetProperty("row").GetInt32()));
        Assert.Equal(["kind", "name", "plannedAreaMu"], ErrorFields(invalid[0]));
        Assert.Equal(["availableLandMu"], ErrorFields(invalid[1]));
        Assert.Contains("不能超过规划面积", invalid[1].GetProperty("errors").GetProperty("availableLandMu")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(client, "parks"));

        var allOrNothing = await ImportReportAsync(client, "parks", file, "parks.csv");
        Assert.Equal("all-or-nothing", allOrNothing.GetProperty("mode").GetString());
        Assert.Equal(0, allOrNothing.GetProperty("imported").GetInt32());
        Assert.Equal(0, await CountAsync(client, "parks"));

        var validRows = await ImportReportAsync(client, "parks", file, "parks.csv", "valid-rows");
        Assert.Equal(3, validRows.GetProperty("imported").GetInt32());
        var imported = validRows.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("status").GetString() == "imported").ToList();
        Assert.Equal([2, 3, 5], imported.Select(r => r.GetProperty("row").GetInt32()));
        var list = await GetJsonAsync(client, "/api/admin/parks?pageSize=100");
        Assert.Equal(3, list.GetProperty("total").GetInt32());
        Assert.All(list.GetProperty("items").EnumerateArray(), item => Assert.Equal("draft", item.GetProperty("status").GetString()));
        Assert.Contains("罗平工业园区, 南区", Names(list));
    }

    [ServiceFact(Service.Postgres)]
    public async Task Messages_follow_the_callers_language()
    {
        var (_, c) = await fixture.NewPrefectureAsync();
        using var client = c;
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var report = await ImportReportAsync(client, "parks", Csv(ParkHeader, "园区,industrial-park,county,县,100,900,"), "parks.csv", "validate");
        var message = report.GetProperty("rows")[0].GetProperty("errors").GetProperty("availableLandMu")[0].GetString();
        Assert.Contains("planned area", message, StringComparison.OrdinalIgnoreCase);
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_document_number_repeated_within_the_file_is_a_row_error()
    {
        var (_, c) = await fixture.NewPrefectureAsync();
        using var client = c;
        var file = Csv(
            "title,issuer,documentNumber,level,incentiveKinds,effectiveFrom,effectiveTo,body",
            "政策一,曲靖市人民政府,曲政发〔2025〕2号,prefecture,land;tax,2025-01-01,2027-12-31,<p>第一条</p>",
            "政策二,曲靖市人民政府,曲政发〔2025〕2号,prefecture,land,2025-01-01,,<p>第一条</p>",
            "政策三,曲靖市人民政府,曲政发〔2025〕3号,prefecture,land,2025-13-01,,<p>第一条</p>");
        var report = await ImportReportAsync(client, "policies", file, "policies.csv", "valid-rows");
        var rows = report.GetProperty("rows").EnumerateArray().ToList();
        Assert.True(rows[0].GetProperty("status").GetString() == "imported", rows[0].GetRawText());
        Assert.Equal(["documentNumber"], ErrorFields(rows[1]));
        Assert.Contains("effectiveFrom", ErrorFields(rows[2]));
        Assert.Equal(1, await CountAsync(client, "policies"));

        // The same number again, now taken in the database.
        var again = await ImportReportAsync(client, "policies", file, "policies.csv", "validate");
        Assert.Equal(["documentNumber"], ErrorFields(again.GetProperty("rows")[0]));
    }

    [ServiceFact(Service.Postgres)]
    public async Task Broken_lying_and_oversize_files_are_refused_and_nothing_is_saved()
    {
        var (_, c) = await fixture.NewPrefectureAsync();
        using var client = c;
        await CreateAsync(client, "parks", Park("原有园区"));
        var workbook = await ExportAsync(client, "parks", "xlsx");

        var truncated = workbook[..(workbook.Length / 2)];
        var problem = await AssertProblemAsync(await ImportAsync(client, "parks", truncated, "parks.xlsx"), HttpStatusCode.BadRequest);
        Assert.Equal(["file"], FieldsWithErrors(problem));

        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0xFF, 0xD8];
        await AssertProblemAsync(await ImportAsync(client, "parks", png, "parks.csv"), HttpStatusCode.BadRequest);

        var csvNamedXlsx = Csv(ParkHeader, "园区,industrial-park,county,县,100,50,");
        await AssertProblemAsync(await ImportAsync(client, "parks", csvNamedXlsx, "parks.xlsx"), HttpStatusCode.BadRequest);

        var unclosedQuote = Csv(ParkHeader, "\"园区,industrial-park,county,县,100,50,");
        await AssertProblemAsync(await ImportAsync(client, "parks", unclosedQuote, "parks.csv"), HttpStatusCode.BadRequest);

        var unknownColumn = Csv(ParkHeader + ",colour", "园区,industrial-park,county,县,100,50,,red");
        await AssertProblemAsync(await ImportAsync(client, "parks", unknownColumn, "parks.csv"), HttpStatusCode.BadRequest);

        var oversize = new byte[(6 * 1024 * 1024) + 1];
        Array.Fill(oversize, (byte)'a');
        await AssertProblemAsync(await ImportAsync(client, "parks", oversize, "parks.csv"), HttpStatusCode.RequestEntityTooLarge);

        var tooMany = Csv([ParkHeader, .. Enumerable.Range(1, 2001).Select(i => $"园区{i},industrial-park,county,县,100,50,")]);
        await AssertProblemAsync(await ImportAsync(client, "parks", tooMany, "parks.csv"), HttpStatusCode.BadRequest);

        await AssertProblemAsync(await ImportAsync(client, "parks", csvNamedXlsx, "parks.csv", "everything"), HttpStatusCode.BadRequest);
        Assert.Equal(1, await CountAsync(client, "parks"));
    }

    [ServiceFact(Service.Postgres)]
    public async Task Export_guards_formulas_and_keeps_chinese_and_the_guard_undoes_on_import()
    {
        var (_, c) = await fixture.NewPrefectureAsync();
        using var client = c;
        await CreateAsync(client, "parks", Park("=HYPERLINK(\"http://evil.example\",\"点我\")").With("county", "@SUM(1+1)").With("logistics", "+86 物流, \"港口\""));

        var csv = CsvText(await ExportAsync(client, "parks", "csv"));
        Assert.StartsWith("name,kind,level,", csv, StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点我\"\")\"", csv, StringComparison.Ordinal);
        Assert.Contains("'@SUM(1+1)", csv, StringComparison.Ordinal);
        Assert.Contains("\"'+86 物流, \"\"港口\"\"\"", csv, StringComparison.Ordinal);
        Assert.Contains("曲靖市麒麟区", csv, StringComparison.Ordinal);

        var xlsx = await ExportAsync(client, "parks", "xlsx");
        using (var stream = new MemoryStream(xlsx))
        {
            var rows = stream.Query(useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object>>().ToList();
            Assert.Equal("'=HYPERLINK(\"http://evil.example\",\"点我\")", rows[0]["name"]);
        }

        using (var stream = new MemoryStream(xlsx))
        {
            Assert.Contains("说明 Help", stream.GetSheetNames());
        }

        var (_, other) = await fixture.NewPrefectureAsync();
        using var target = other;
        var report = await ImportReportAsync(target, "parks", Encoding.UTF8.GetBytes(csv), "parks.csv");
        var copy = await GetJsonAsync(target, $"/api/admin/parks/{report.GetProperty("rows")[0].GetProperty("id").GetGuid()}");
        Assert.Equal("=HYPERLINK(\"http://evil.example\",\"点我\")", copy.GetProperty("name").GetString());
        Assert.Equal("@SUM(1+1)", copy.GetProperty("county").GetString());
        Assert.Equal("+86 物流, \"港口\"", copy.GetProperty("logistics").GetString());
    }

    [ServiceFact(Service.Postgres)]
    public async Task Exports_and_imports_stay_in_the_callers_prefecture()
    {
        using var a = await fixture.ClientOfAAsync();
        using var b = await fixture.ClientOfBAsync();
        await CreateAsync(a, "parks", Park("曲靖独有导出园区"));
        await CreateAsync(b, "parks", Park("大理独有导出园区"));

        var ofB = CsvText(await ExportAsync(b, "parks", "csv"));
        Assert.Contains("大理独有导出园区", ofB, StringComparison.Ordinal);
        Assert.DoesNotContain("曲靖独有导出园区", ofB, StringComparison.Ordinal);

        using var hostInB = await fixture.HostAsync(CatalogueFixture.SlugB);
        var report = await ImportReportAsync(hostInB, "parks", Csv(ParkHeader, "省局代导入园区,industrial-park,county,大理市,100,50,"), "parks.csv");
        Assert.Equal(1, report.GetProperty("imported").GetInt32());
        Assert.Contains("省局代导入园区", Names(await GetJsonAsync(b, "/api/admin/parks?pageSize=100&q=省局代导入")));
        Assert.Empty(Names(await GetJsonAsync(a, "/api/admin/parks?pageSize=100&q=省局代导入")));

        using var hostWithoutPrefecture = await fixture.HostAsync();
        using var refused = await ImportAsync(hostWithoutPrefecture, "parks", Csv(ParkHeader, "园区,industrial-park,county,县,100,50,"), "parks.csv");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_workbook_typed_by_hand_imports_numbers_and_dates_as_excel_stores_them()
    {
        var (_, c) = await fixture.NewPrefectureAsync();
        using var client = c;
        var rows = new[]
        {
            new Dictionary<string, object?>
            {
                ["title"] = "招商引资奖励办法", ["issuer"] = "曲靖市人民政府", ["documentNumber"] = "曲政办发〔2025〕9号", ["level"] = "prefecture",
                ["incentiveKinds"] = "subsidy；talent", ["effectiveFrom"] = new DateTime(2025, 3, 1), ["effectiveTo"] = new DateTime(2028, 2, 29),
                ["body"] = "<p>奖励<script>alert(1)</script></p>",
            },
        };
        using var stream = new MemoryStream();
        stream.SaveAs(rows, excelType: ExcelType.XLSX);

        var report = await ImportReportAsync(client, "policies", stream.ToArray(), "政策.xlsx");
        var row = report.GetProperty("rows")[0];
        Assert.True(row.GetProperty("status").GetString() == "imported", row.GetRawText());
        var policy = await GetJsonAsync(client, $"/api/admin/policies/{row.GetProperty("id").GetGuid()}");
        Assert.Equal("2025-03-01", policy.GetProperty("effectiveFrom").GetString());
        Assert.Equal("2028-02-29", policy.GetProperty("effectiveTo").GetString());
        Assert.Equal(["subsidy", "talent"], policy.GetProperty("incentiveKinds").EnumerateArray().Select(k => k.GetString()));
        Assert.DoesNotContain("<script", policy.GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_csv_saved_by_chinese_excel_in_gb18030_imports_with_its_chinese_intact()
    {
        var (_, c) = await fixture.NewPrefectureAsync();
        using var client = c;
        var gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;
        var file = gb18030.GetBytes($"{ParkHeader}\r\n沾益工业园区,industrial-park,county,沾益区,3000,800,green-aluminium\r\n");

        var report = await ImportReportAsync(client, "parks", file, "园区.csv");
        var park = await GetJsonAsync(client, $"/api/admin/parks/{report.GetProperty("rows")[0].GetProperty("id").GetGuid()}");
        Assert.Equal("沾益工业园区", park.GetProperty("name").GetString());
        Assert.Equal("沾益区", park.GetProperty("county").GetString());
    }

    [ServiceFact(Service.Postgres)]
    public async Task Each_imported_item_is_audited_and_so_is_the_import()
    {
        var (slug, c) = await fixture.NewPrefectureAsync();
        using var client = c;
        var report = await ImportReportAsync(
            client, "projects", Csv("name,chain,investmentWan,cooperationMode", "审计项目一,new-materials,5000,sole", "审计项目二,logistics,8000,other"), "projects.csv");
        Assert.Equal(2, report.GetProperty("imported").GetInt32());

        using var host = await fixture.HostAsync();
        foreach (var row in report.GetProperty("rows").EnumerateArray())
        {
            var created = await WaitForAuditAsync(host, $"?entityType=project&entityId={row.GetProperty("id").GetGuid()}");
            Assert.Equal("project.created", created.GetProperty("items")[0].GetProperty("action").GetString());
        }

        var imported = await WaitForAuditAsync(host, $"?action=project.imported&tenant={slug}");
        Assert.Equal(slug, imported.GetProperty("items")[0].GetProperty("tenant").GetString());
    }

    private static string[] ErrorFields(JsonElement row) =>
        [.. row.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];

    private static async Task<JsonElement> WaitForAuditAsync(HttpClient client, string query)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var page = await GetJsonAsync(client, "/api/admin/audit" + query);
            if (page.GetProperty("total").GetInt32() > 0)
            {
                return page;
            }

            Assert.True(DateTime.UtcNow < deadline, $"No audit entry for {query}; last answer: {page}");
            await Task.Delay(100);
        }
    }

    private static async Task<int> CountAsync(HttpClient client, string items) =>
        (await GetJsonAsync(client, $"/api/admin/{items}?pageSize=1")).GetProperty("total").GetInt32();

    /// <summary>JSON as compared: numbers without trailing zeros (0.360 is 0.36).</summary>
    private static string Normalize(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Canonical(document.RootElement);

        static string Canonical(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.Number => element.GetDecimal().ToString("G29", System.Globalization.CultureInfo.InvariantCulture),
            JsonValueKind.Array => "[" + string.Join(",", element.EnumerateArray().Select(Canonical)) + "]",
            JsonValueKind.Object => "{" + string.Join(",", element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => p.Name + ":" + Canonical(p.Value))) + "}",
            _ => element.GetRawText(),
        };
    }
}
