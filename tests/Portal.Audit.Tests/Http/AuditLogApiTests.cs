using System.Net;
using System.Net.Http.Json;
using System.Text;
using Npgsql;
using Portal.Audit.Contracts;
using Portal.Testing;
using Xunit;

namespace Portal.Audit.Tests.Http;

public sealed class AuditLogApiTests(AuditPortalFixture fixture) : IClassFixture<AuditPortalFixture>
{
    private PortalApp App => fixture.App;

    [ServiceFact(Service.Postgres)]
    public async Task Creating_and_updating_a_prefecture_is_audited_with_the_client_the_changes_and_the_host_scope()
    {
        using var host = await App.CreateHostClientAsync();
        var (slug, _) = await AuditApi.CreatePrefectureAsync(host, "审计市", "Audit City");
        using var renamed = await host.PutAsJsonAsync($"/api/admin/tenants/{slug}", new { name = "新审计市", nameEn = "Audit City", isActive = true });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);

        var created = Assert.Single(AuditApi.Items(await AuditApi.WaitForAsync(host, $"?action=tenant.created&entityId={slug}")));
        Assert.Equal("tenant", created.GetProperty("entityType").GetString());
        Assert.Equal(AuditOutcomes.Succeeded, created.GetProperty("outcome").GetString());
        Assert.Equal(PortalApp.HostClientId, created.GetProperty("actorId").GetString());
        Assert.Equal(ActorKinds.Client, created.GetProperty("actorKind").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, created.GetProperty("tenant").ValueKind);
        var createdFields = created.GetProperty("changes").EnumerateArray().ToDictionary(c => c.GetProperty("field").GetString()!, c => c.GetProperty("new").GetString());
        Assert.Equal("审计市", createdFields["name"]);
        Assert.Equal(slug, createdFields["slug"]);

        var updated = Assert.Single(AuditApi.Items(await AuditApi.WaitForAsync(host, $"?action=tenant.updated&entityId={slug}")));
        var change = Assert.Single(updated.GetProperty("changes").EnumerateArray());
        Assert.Equal("name", change.GetProperty("field").GetString());
        Assert.Equal("审计市", change.GetProperty("old").GetString());
        Assert.Equal("新审计市", change.GetProperty("new").GetString());

        // Newest first, and the action filter is a prefix.
        var both = await AuditApi.GetAsync(host, $"?action=tenant.&entityId={slug}");
        Assert.Equal(["tenant.updated", "tenant.created"], AuditApi.Items(both).Select(i => i.GetProperty("action").GetString()!));
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_redelivered_event_is_stored_once()
    {
        using var host = await App.CreateHostClientAsync();
        var (slug, tenantId) = await AuditApi.CreatePrefectureAsync(host);
        var audited = AuditApi.Event(tenantId, "park.published", "park-" + Guid.NewGuid().ToString("N")[..8]);

        await AuditApi.DeliverAsync(App, audited);
        await AuditApi.DeliverAsync(App, audited);
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => AuditApi.DeliverAsync(App, audited)));

        var page = await AuditApi.GetAsync(host, $"?entityId={audited.EntityId}");
        var entry = Assert.Single(AuditApi.Items(page));
        Assert.Equal(audited.EventId, entry.GetProperty("id").GetGuid());
        Assert.Equal(slug, entry.GetProperty("tenant").GetString());
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_message_redelivered_by_the_outbox_adds_no_second_entry()
    {
        using var host = await App.CreateHostClientAsync();
        var (slug, _) = await AuditApi.CreatePrefectureAsync(host);
        await AuditApi.WaitForAsync(host, $"?action=tenant.created&entityId={slug}");

        // The same outbox message once more, as after a crash between delivery and marking it processed.
        await using var connection = new NpgsqlConnection(App.PostgresConnectionString);
        await connection.OpenAsync();
        Guid copy;
        await using (var insert = new NpgsqlCommand(
            """
            INSERT INTO tenancy.outbox_messages ("Id", "Type", "Payload", "TenantId", "OccurredAt", "Attempts", "NextAttemptAt")
            SELECT gen_random_uuid(), "Type", "Payload", "TenantId", now(), 0, now() FROM tenancy.outbox_messages
            WHERE "Type" LIKE '%AuditRecorded' AND "Payload" LIKE @pattern
            RETURNING "Id"
            """, connection))
        {
            insert.Parameters.AddWithValue("pattern", $"%\"entityId\":\"{slug}\"%tenant.created%");
            var result = await insert.ExecuteScalarAsync();
            copy = result is Guid id ? id : Guid.Empty;
        }

        if (copy == Guid.Empty)
        {
            // Field order in the payload differs from the pattern: match on the slug alone.
            await using var retry = new NpgsqlCommand(
                """
                INSERT INTO tenancy.outbox_messages ("Id", "Type", "Payload", "TenantId", "OccurredAt", "Attempts", "NextAttemptAt")
                SELECT gen_random_uuid(), "Type", "Payload", "TenantId", now(), 0, now() FROM tenancy.outbox_messages
                WHERE "Type" LIKE '%AuditRecorded' AND "Payload" LIKE @pattern AND "Payload" LIKE '%tenant.created%'
                RETURNING "Id"
                """, connection);
            retry.Parameters.AddWithValue("pattern", $"%{slug}%");
            copy = (Guid)(await retry.ExecuteScalarAsync())!;
        }

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await using var check = new NpgsqlCommand("""SELECT "ProcessedAt" IS NOT NULL, "LastError" FROM tenancy.outbox_messages WHERE "Id" = @id""", connection);
            check.Parameters.AddWithValue("id", copy);
            await using var reader = await check.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            if (reader.GetBoolean(0))
            {
                break;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The copied message was not delivered in time: {(reader.IsDBNull(1) ? "" : reader.GetString(1))}");
            await Task.Delay(100);
        }

        var page = await AuditApi.GetAsync(host, $"?action=tenant.created&entityId={slug}");
        Assert.Equal(1, page.GetProperty("total").GetInt32());
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_prefecture_reads_its_own_entries_only_and_the_host_reads_all_and_filters_by_prefecture()
    {
        using var host = await App.CreateHostClientAsync();
        var (slugA, idA) = await AuditApi.CreatePrefectureAsync(host, "甲州", "A");
        var (slugB, idB) = await AuditApi.CreatePrefectureAsync(host, "乙州", "B");
        var marker = Guid.NewGuid().ToString("N")[..8];
        await AuditApi.DeliverAsync(App, AuditApi.Event(idA, "park.created", $"a-{marker}"));
        await AuditApi.DeliverAsync(App, AuditApi.Event(idB, "park.created", $"b-{marker}"));
        await AuditApi.DeliverAsync(App, AuditApi.Event(null, "taxonomy.updated", $"h-{marker}"));

        using var prefectureA = await AuditApi.CreatePrefectureClientAsync(App, host, slugA);
        var own = await AuditApi.GetAsync(prefectureA, "?pageSize=200");
        Assert.Contains(AuditApi.Items(own), i => i.GetProperty("entityId").GetString() == $"a-{marker}");
        Assert.All(AuditApi.Items(own), i => Assert.Equal(slugA, i.GetProperty("tenant").GetString()));
        Assert.Empty(AuditApi.Items(await AuditApi.GetAsync(prefectureA, $"?entityId=b-{marker}")));
        Assert.Empty(AuditApi.Items(await AuditApi.GetAsync(prefectureA, $"?entityId=h-{marker}")));

        // Asking for another prefecture is refused, by the filter or by the tenant resolution.
        using var otherByFilter = await prefectureA.GetAsync(new Uri($"/api/admin/audit?tenant={slugB}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, otherByFilter.StatusCode);
        using var otherByHeader = new HttpRequestMessage(HttpMethod.Get, "/api/admin/audit");
        otherByHeader.Headers.Add("X-Tenant", slugB);
        using var refused = await prefectureA.SendAsync(otherByHeader);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        using var export = await prefectureA.GetAsync(new Uri("/api/admin/audit/export?format=csv", UriKind.Relative));
        var csv = await export.Content.ReadAsStringAsync();
        Assert.Contains($"a-{marker}", csv);
        Assert.DoesNotContain($"b-{marker}", csv);
        Assert.DoesNotContain($"h-{marker}", csv);
        var ownExport = Assert.Single(AuditApi.Items(await AuditApi.GetAsync(prefectureA, "?action=audit.exported")));
        Assert.Equal(slugA, ownExport.GetProperty("tenant").GetString());

        var all = await AuditApi.GetAsync(host, $"?actor=测试用户&pageSize=200");
        var markers = AuditApi.Items(all).Select(i => i.GetProperty("entityId").GetString()).ToList();
        Assert.Contains($"a-{marker}", markers);
        Assert.Contains($"b-{marker}", markers);
        Assert.Contains($"h-{marker}", markers);

        var onlyB = await AuditApi.GetAsync(host, $"?tenant={slugB}&pageSize=200");
        Assert.All(AuditApi.Items(onlyB), i => Assert.Equal(slugB, i.GetProperty("tenant").GetString()));
        Assert.Contains(AuditApi.Items(onlyB), i => i.GetProperty("entityId").GetString() == $"b-{marker}");
        var onlyHost = await AuditApi.GetAsync(host, $"?tenant=host&pageSize=200");
        Assert.All(AuditApi.Items(onlyHost), i => Assert.Equal(System.Text.Json.JsonValueKind.Null, i.GetProperty("tenant").ValueKind));
        Assert.Contains(AuditApi.Items(onlyHost), i => i.GetProperty("entityId").GetString() == $"h-{marker}");
    }

    [ServiceFact(Service.Postgres)]
    public async Task The_export_is_a_csv_with_a_byte_order_mark_and_chinese_text_or_an_xlsx_workbook()
    {
        using var host = await App.CreateHostClientAsync();
        var (slug, _) = await AuditApi.CreatePrefectureAsync(host, "导出州", "Export");
        await AuditApi.WaitForAsync(host, $"?action=tenant.created&entityId={slug}");

        using var csv = await host.GetAsync(new Uri($"/api/admin/audit/export?format=csv&entityId={slug}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".csv", csv.Content.Headers.ContentDisposition?.FileNameStar ?? csv.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("时间（北京时间）", lines[0]);
        Assert.Contains("tenant.created", lines[1]);
        Assert.Contains("导出州", lines[1]);
        Assert.Contains(PortalApp.HostClientId, lines[1]);

        using var english = new HttpRequestMessage(HttpMethod.Get, $"/api/admin/audit/export?entityId={slug}");
        english.Headers.AcceptLanguage.ParseAdd("en");
        using var englishCsv = await host.SendAsync(english);
        Assert.StartsWith("Time (China Standard Time)", Encoding.UTF8.GetString((await englishCsv.Content.ReadAsByteArrayAsync())[3..]));

        using var xlsx = await host.GetAsync(new Uri($"/api/admin/audit/export?format=xlsx&entityId={slug}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        var workbook = await xlsx.Content.ReadAsByteArrayAsync();
        Assert.Equal("PK"u8.ToArray(), workbook[..2]);
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(workbook));
        var sharedStrings = zip.Entries.FirstOrDefault(e => e.FullName == "xl/sharedStrings.xml");
        var sheet = zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal));
        var content = await new StreamReader(sheet.Open()).ReadToEndAsync()
            + (sharedStrings is null ? "" : await new StreamReader(sharedStrings.Open()).ReadToEndAsync());
        Assert.Contains("导出州", content);

        // Taking a copy of the log is itself recorded.
        var exported = await AuditApi.GetAsync(host, "?action=audit.exported&tenant=host&pageSize=200");
        Assert.Contains(AuditApi.Items(exported), i =>
            i.GetProperty("actorId").GetString() == PortalApp.HostClientId
            && i.GetProperty("details").GetString()!.Contains($"entityId={slug}", StringComparison.Ordinal));
    }

    [ServiceFact(Service.Postgres)]
    public async Task Nothing_in_the_product_updates_or_deletes_an_entry()
    {
        using var host = await App.CreateHostClientAsync();
        var (slug, _) = await AuditApi.CreatePrefectureAsync(host);
        var entry = Assert.Single(AuditApi.Items(await AuditApi.WaitForAsync(host, $"?action=tenant.created&entityId={slug}")));
        var id = entry.GetProperty("id").GetGuid();

        foreach (var method in new[] { HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch, HttpMethod.Post })
        {
            using var onList = await host.SendAsync(new HttpRequestMessage(method, "/api/admin/audit") { Content = JsonContent.Create(new { action = "x" }) });
            Assert.Contains(onList.StatusCode, new[] { HttpStatusCode.MethodNotAllowed, HttpStatusCode.NotFound });
            using var onEntry = await host.SendAsync(new HttpRequestMessage(method, $"/api/admin/audit/{id}") { Content = JsonContent.Create(new { action = "x" }) });
            Assert.Contains(onEntry.StatusCode, new[] { HttpStatusCode.MethodNotAllowed, HttpStatusCode.NotFound });
        }

        await using var connection = new NpgsqlConnection(App.PostgresConnectionString);
        await connection.OpenAsync();
        await using var update = new NpgsqlCommand("""UPDATE audit.audit_entries SET "Action" = 'forged' WHERE "EventId" = @id""", connection);
        update.Parameters.AddWithValue("id", id);
        await Assert.ThrowsAsync<PostgresException>(() => update.ExecuteNonQueryAsync());
        await using var delete = new NpgsqlCommand("""DELETE FROM audit.audit_entries WHERE "EventId" = @id""", connection);
        delete.Parameters.AddWithValue("id", id);
        await Assert.ThrowsAsync<PostgresException>(() => delete.ExecuteNonQueryAsync());
        await using var truncate = new NpgsqlCommand("TRUNCATE audit.audit_entries", connection);
        await Assert.ThrowsAsync<PostgresException>(() => truncate.ExecuteNonQueryAsync());

        var after = Assert.Single(AuditApi.Items(await AuditApi.GetAsync(host, $"?entityId={slug}&action=tenant.created")));
        Assert.Equal("tenant.created", after.GetProperty("action").GetString());
    }

    [ServiceFact(Service.Postgres)]
    public async Task Bad_filters_are_localized_field_errors()
    {
        using var host = await App.CreateHostClientAsync();
        const string query = "?from=2026-13-01&to=yesterday&outcome=maybe&tenant=nowhere-xyz&page=0&pageSize=500";

        using var chinese = await host.GetAsync(new Uri("/api/admin/audit" + query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, chinese.StatusCode);
        Assert.Equal("application/problem+json", chinese.Content.Headers.ContentType?.MediaType);
        var errors = (await chinese.ReadJsonAsync()).GetProperty("errors");
        foreach (var field in new[] { "from", "to", "outcome", "tenant", "page", "pageSize" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}");
        }

        Assert.Contains("YYYY-MM-DD", errors.GetProperty("from")[0].GetString());
        Assert.Contains("日期", errors.GetProperty("from")[0].GetString());

        using var englishRequest = new HttpRequestMessage(HttpMethod.Get, "/api/admin/audit" + query);
        englishRequest.Headers.AcceptLanguage.ParseAdd("en");
        using var english = await host.SendAsync(englishRequest);
        Assert.StartsWith("Dates must be", (await english.ReadJsonAsync()).GetProperty("errors").GetProperty("from")[0].GetString());

        using var reversed = await host.GetAsync(new Uri("/api/admin/audit?from=2026-02-01&to=2026-01-01", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, reversed.StatusCode);
        using var badFormat = await host.GetAsync(new Uri("/api/admin/audit/export?format=pdf", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, badFormat.StatusCode);
        Assert.True((await badFormat.ReadJsonAsync()).GetProperty("errors").TryGetProperty("format", out _));
    }

    [ServiceFact(Service.Postgres)]
    public async Task Dates_are_china_standard_time_days_both_ends_inclusive()
    {
        using var host = await App.CreateHostClientAsync();
        var (_, tenantId) = await AuditApi.CreatePrefectureAsync(host);
        var marker = Guid.NewGuid().ToString("N")[..8];

        // 2025-03-01 23:30 in Kunming is 15:30 UTC the same day; 2025-03-02 00:30 is 16:30 UTC on the 1st.
        var late = AuditApi.Event(tenantId, "park.updated", $"late-{marker}") with { OccurredAt = new DateTimeOffset(2025, 3, 1, 15, 30, 0, TimeSpan.Zero) };
        var next = AuditApi.Event(tenantId, "park.updated", $"next-{marker}") with { OccurredAt = new DateTimeOffset(2025, 3, 1, 16, 30, 0, TimeSpan.Zero) };
        await AuditApi.DeliverAsync(App, late);
        await AuditApi.DeliverAsync(App, next);

        var firstDay = await AuditApi.GetAsync(host, $"?from=2025-03-01&to=2025-03-01&action=park.updated");
        Assert.Equal([$"late-{marker}"], AuditApi.Items(firstDay).Select(i => i.GetProperty("entityId").GetString()!));
        var secondDay = await AuditApi.GetAsync(host, $"?from=2025-03-02&to=2025-03-02&action=park.updated");
        Assert.Equal([$"next-{marker}"], AuditApi.Items(secondDay).Select(i => i.GetProperty("entityId").GetString()!));
    }

    [ServiceFact(Service.Postgres)]
    public async Task Paging_is_newest_first_and_counts_everything()
    {
        using var host = await App.CreateHostClientAsync();
        var (_, tenantId) = await AuditApi.CreatePrefectureAsync(host);
        var marker = Guid.NewGuid().ToString("N")[..8];
        var start = new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 5; i++)
        {
            await AuditApi.DeliverAsync(App, AuditApi.Event(tenantId, $"paging.{marker}", $"p{i}") with { OccurredAt = start.AddMinutes(i) });
        }

        var second = await AuditApi.GetAsync(host, $"?action=paging.{marker}&page=2&pageSize=2");
        Assert.Equal(5, second.GetProperty("total").GetInt32());
        Assert.Equal(2, second.GetProperty("page").GetInt32());
        Assert.Equal(2, second.GetProperty("pageSize").GetInt32());
        Assert.Equal(["p2", "p1"], AuditApi.Items(second).Select(i => i.GetProperty("entityId").GetString()!));
    }

    [ServiceFact(Service.Postgres)]
    public async Task Reading_needs_the_audit_permission()
    {
        using var anonymous = App.CreateClient();
        using var noToken = await anonymous.GetAsync(new Uri("/api/admin/audit", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, noToken.StatusCode);
        using var noTokenExport = await anonymous.GetAsync(new Uri("/api/admin/audit/export", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, noTokenExport.StatusCode);

        using var host = await App.CreateHostClientAsync();
        var (slug, _) = await AuditApi.CreatePrefectureAsync(host);
        using var withoutAudit = await AuditApi.CreatePrefectureClientAsync(App, host, slug, ["catalogue.manage"]);
        using var refused = await withoutAudit.GetAsync(new Uri("/api/admin/audit", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [ServiceFact(Service.Postgres)]
    public async Task The_openapi_document_describes_the_audit_routes_and_their_filters()
    {
        using var anonymous = App.CreateClient();
        var document = await anonymous.GetFromJsonAsync<System.Text.Json.JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");

        var list = paths.GetProperty("/api/admin/audit").GetProperty("get");
        var names = list.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(["from", "to", "action", "actor", "entityType", "entityId", "outcome", "tenant", "page", "pageSize"], names);
        Assert.True(paths.GetProperty("/api/admin/audit/export").TryGetProperty("get", out _));
        Assert.False(paths.GetProperty("/api/admin/audit").TryGetProperty("put", out _));
        Assert.False(paths.GetProperty("/api/admin/audit").TryGetProperty("delete", out _));
    }
}
