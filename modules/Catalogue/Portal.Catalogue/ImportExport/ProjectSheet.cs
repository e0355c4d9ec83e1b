using Microsoft.EntityFrameworkCore;
using Portal.Catalogue.Domain;
using Portal.Catalogue.Features;
using Portal.Catalogue.Features.CreateProject;
using Portal.Catalogue.Features.Projects;
using Portal.Catalogue.Persistence;

namespace Portal.Catalogue.ImportExport;

/// <summary>Projects as rows: the fields of <see cref="ProjectRequest"/>, the contact as JSON.</summary>
internal sealed class ProjectSheet : IItemSheet
{
    public string Kind => "project";

    public string Items => "projects";

    public IReadOnlyList<string> Columns { get; } =
        ["name", "chain", "park", "investmentWan", "cooperationMode", "description", "contact", ItemSheetColumns.Id, ItemSheetColumns.Status];

    public IReadOnlyList<string> RequiredColumns { get; } = ["name", "chain", "investmentWan", "cooperationMode"];

    public IReadOnlyList<(string Column, string Zh, string En)> Help { get; } =
    [
        ("name", "项目名称（必填）", "Project name (required)"),
        ("chain", "产业链代码（必填，见 /api/industry-chains）", "Industry-chain code (required, see /api/industry-chains)"),
        ("park", "所在园区编号（本州市的园区，可空）", "Park id (a park of this prefecture, optional)"),
        ("investmentWan", "总投资（万元，必填，大于 0）", "Total investment (10k CNY, required, above 0)"),
        ("cooperationMode", "合作方式代码（必填）", "Cooperation mode code (required)"),
        ("description", "简介（HTML，导入时净化）", "Description (HTML, sanitized on import)"),
        ("contact", "联系人，JSON：{\"name\":\"\",\"role\":\"\",\"phone\":\"\",\"email\":\"\"}", "Contact as JSON: {\"name\":\"\",\"role\":\"\",\"phone\":\"\",\"email\":\"\"}"),
        (ItemSheetColumns.Id, "编号（仅导出，导入时忽略，总是新建草稿）", "Id (export only; import ignores it and always creates drafts)"),
        (ItemSheetColumns.Status, "状态（仅导出，导入时忽略）", "Status (export only; ignored on import)"),
    ];

    public async Task<List<object?[]>> ExportAsync(CatalogueDbContext db, ListQuery query, CancellationToken cancellationToken)
    {
        var projects = db.Projects.AsNoTracking();
        if (query.StatusFilter() is { } status)
        {
            projects = projects.Where(p => p.Status == status);
        }

        if (query.TextFilter() is { } q)
        {
            projects = projects.Where(p => p.Name.Contains(q));
        }

        if (query.ChainFilter() is { } chain)
        {
            projects = projects.Where(p => p.Chain == chain);
        }

        var rows = await projects.OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        return [.. rows.Select(p => new object?[]
        {
            p.Name, p.Chain, p.ParkId?.ToString(), p.InvestmentWan, p.CooperationMode, p.Description,
            p.Contact is { } contact ? RowReader.ToJson(ContactBody.ToDto(contact)) : null,
            p.Id.ToString(), PublicationStatusCodes.Of(p.Status),
        })];
    }

    public async Task<PreparedRow> PrepareAsync(RowReader row, ImportContext context, CancellationToken cancellationToken)
    {
        var request = new ProjectRequest(
            row.Text("name"), row.Text("chain"), row.Id("park"), row.Decimal("investmentWan"), row.Text("cooperationMode"),
            row.Text("description"), row.FromJson<ContactBody>("contact"), null);
        var content = request.ToContent(context.Sanitizer);
        var errors = await ProjectValidation.ValidateAsync(content, context.Db, context.Text, cancellationToken);
        var all = ItemSheetColumns.Merge(row.Errors.ToDictionary(), errors.ToDictionary());
        return new PreparedRow(
            all,
            all.Count > 0 ? null : () => CreateProjectEndpoint.AddDraft(context.Db, context.Http, context.CurrentTenant, content, context.Now).Id);
    }
}
