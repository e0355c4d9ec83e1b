using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.BuildingBlocks.Http;
using Portal.Catalogue.Domain;
using Portal.Catalogue.Features;
using Portal.Catalogue.Features.CreatePolicy;
using Portal.Catalogue.Features.Policies;
using Portal.Catalogue.Persistence;

namespace Portal.Catalogue.ImportExport;

/// <summary>
/// Policies as rows: the fields of <see cref="PolicyRequest"/>, lists <c>;</c>-separated, dates
/// <c>YYYY-MM-DD</c>. A document number its issuer already used, in the prefecture or earlier in the
/// file, is a row error.
/// </summary>
internal sealed class PolicySheet : IItemSheet
{
    public string Kind => "policy";

    public string Items => "policies";

    public IReadOnlyList<string> Columns { get; } =
    [
        "title", "issuer", "documentNumber", "level", "chains", "parks", "incentiveKinds", "effectiveFrom", "effectiveTo", "body",
        ItemSheetColumns.Id, ItemSheetColumns.Status,
    ];

    public IReadOnlyList<string> RequiredColumns { get; } = ["title", "issuer", "level", "effectiveFrom", "body"];

    public IReadOnlyList<(string Column, string Zh, string En)> Help { get; } =
    [
        ("title", "政策标题（必填）", "Title (required)"),
        ("issuer", "发文机关（必填）", "Issuer (required)"),
        ("documentNumber", "文号（同一发文机关不可重复）", "Document number (unique per issuer)"),
        ("level", "级别代码（必填）", "Level code (required)"),
        ("chains", "适用产业链代码，以“;”分隔；空为全部", "Industry-chain codes, ';'-separated; empty means all"),
        ("parks", "适用园区编号，以“;”分隔；空为全部", "Park ids, ';'-separated; empty means all"),
        ("incentiveKinds", "优惠类型代码，以“;”分隔", "Incentive kind codes, ';'-separated"),
        ("effectiveFrom", "生效日期 YYYY-MM-DD（必填）", "Effective from, YYYY-MM-DD (required)"),
        ("effectiveTo", "失效日期 YYYY-MM-DD，须晚于生效日期；空为长期", "Effective to, YYYY-MM-DD, after the start; empty means open-ended"),
        ("body", "全文（必填，HTML，导入时净化）", "Full text (required, HTML, sanitized on import)"),
        (ItemSheetColumns.Id, "编号（仅导出，导入时忽略，总是新建草稿）", "Id (export only; import ignores it and always creates drafts)"),
        (ItemSheetColumns.Status, "状态（仅导出，导入时忽略）", "Status (export only; ignored on import)"),
    ];

    public async Task<List<object?[]>> ExportAsync(CatalogueDbContext db, ListQuery query, CancellationToken cancellationToken)
    {
        var policies = db.Policies.AsNoTracking();
        if (query.StatusFilter() is { } status)
        {
            policies = policies.Where(p => p.Status == status);
        }

        if (query.TextFilter() is { } q)
        {
            policies = policies.Where(p => p.Title.Contains(q) || p.Issuer.Contains(q) || (p.DocumentNumber != null && p.DocumentNumber.Contains(q)));
        }

        if (query.ChainFilter() is { } chain)
        {
            policies = policies.Where(p => p.Chains.Contains(chain));
        }

        var rows = await policies.OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        return [.. rows.Select(p => new object?[]
        {
            p.Title, p.Issuer, p.DocumentNumber, p.Level, RowReader.JoinList(p.Chains), RowReader.JoinList(p.ParkIds),
            RowReader.JoinList(p.IncentiveKinds), Date(p.EffectiveFrom), p.EffectiveTo is { } to ? Date(to) : null, p.Body,
            p.Id.ToString(), PublicationStatusCodes.Of(p.Status),
        })];
    }

    public async Task<PreparedRow> PrepareAsync(RowReader row, ImportContext context, CancellationToken cancellationToken)
    {
        var request = new PolicyRequest(
            row.Text("title"), row.Text("issuer"), row.Text("documentNumber"), row.Text("level"),
            row.List("chains"), row.Ids("parks"), row.List("incentiveKinds"), row.Date("effectiveFrom"), row.Date("effectiveTo"),
            row.Text("body"), null);
        var content = request.ToContent(context.Sanitizer);
        var errors = await PolicyValidation.ValidateAsync(request, content, context.Db, context.Text, cancellationToken);
        if (content.DocumentNumber is { } number && content.Issuer.Length > 0)
        {
            var key = content.Issuer + "\n" + number;
            if (context.SeenKeys.TryGetValue(key, out var earlierRow))
            {
                errors.Add("documentNumber", context.ImportText["DuplicateInFile", earlierRow]);
            }
            else
            {
                context.SeenKeys[key] = row.Number;
                var rule = await ReferenceChecks.DocumentNumberMustBeUniqueAsync(context.Db, content.Issuer, number, null, cancellationToken);
                if (rule.IsBroken())
                {
                    errors.Add("documentNumber", context.Text[rule.Violation.MessageKey, rule.Violation.Arguments]);
                }
            }
        }

        var all = ItemSheetColumns.Merge(row.Errors.ToDictionary(), errors.ToDictionary());
        return new PreparedRow(
            all,
            all.Count > 0 ? null : () => CreatePolicyEndpoint.AddDraft(context.Db, context.Http, context.CurrentTenant, content, context.Now).Id);
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
