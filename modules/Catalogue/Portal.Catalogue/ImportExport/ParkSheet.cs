using Microsoft.EntityFrameworkCore;
using Portal.Catalogue.Domain;
using Portal.Catalogue.Features;
using Portal.Catalogue.Features.CreatePark;
using Portal.Catalogue.Features.Parks;
using Portal.Catalogue.Persistence;

namespace Portal.Catalogue.ImportExport;

/// <summary>Parks as rows: the fields of <see cref="ParkRequest"/>, lists <c>;</c>-separated, contacts as JSON.</summary>
internal sealed class ParkSheet : IItemSheet
{
    public string Kind => "park";

    public string Items => "parks";

    public IReadOnlyList<string> Columns { get; } =
    [
        "name", "kind", "level", "county", "address", "latitude", "longitude", "plannedAreaMu", "availableLandMu",
        "landPriceWanPerMu", "powerPriceYuanPerKwh", "waterSupply", "gasSupply", "logistics", "chains", "notableEnterprises",
        "description", "contacts", ItemSheetColumns.Id, ItemSheetColumns.Status,
    ];

    public IReadOnlyList<string> RequiredColumns { get; } = ["name", "kind", "level"];

    public IReadOnlyList<(string Column, string Zh, string En)> Help { get; } =
    [
        ("name", "园区名称（必填）", "Park name (required)"),
        ("kind", "园区类型代码（必填）：见下方代码表", "Park kind code (required): see the codes below"),
        ("level", "级别代码（必填）", "Level code (required)"),
        ("county", "所在县（市、区）", "County"),
        ("address", "地址", "Address"),
        ("latitude", "纬度（与经度同时填写，须在云南省范围内）", "Latitude (with longitude, inside Yunnan)"),
        ("longitude", "经度", "Longitude"),
        ("plannedAreaMu", "规划面积（亩）", "Planned area (mu)"),
        ("availableLandMu", "可供土地（亩），不超过规划面积", "Available land (mu), at most the planned area"),
        ("landPriceWanPerMu", "地价（万元/亩）", "Land price (10k CNY per mu)"),
        ("powerPriceYuanPerKwh", "电价（元/千瓦时）", "Power price (CNY per kWh)"),
        ("waterSupply", "供水", "Water supply"),
        ("gasSupply", "供气", "Gas supply"),
        ("logistics", "物流", "Logistics"),
        ("chains", "产业链代码，以“;”分隔（见 /api/industry-chains）", "Industry-chain codes, separated by ';' (see /api/industry-chains)"),
        ("notableEnterprises", "重点企业，以“;”分隔", "Notable enterprises, separated by ';'"),
        ("description", "简介（HTML，导入时净化）", "Description (HTML, sanitized on import)"),
        ("contacts", "联系人，JSON 数组：[{\"name\":\"\",\"role\":\"\",\"phone\":\"\",\"email\":\"\"}]", "Contacts as a JSON array: [{\"name\":\"\",\"role\":\"\",\"phone\":\"\",\"email\":\"\"}]"),
        (ItemSheetColumns.Id, "编号（仅导出，导入时忽略，总是新建草稿）", "Id (export only; import ignores it and always creates drafts)"),
        (ItemSheetColumns.Status, "状态（仅导出，导入时忽略）", "Status (export only; ignored on import)"),
    ];

    public async Task<List<object?[]>> ExportAsync(CatalogueDbContext db, ListQuery query, CancellationToken cancellationToken)
    {
        var parks = db.Parks.AsNoTracking();
        if (query.StatusFilter() is { } status)
        {
            parks = parks.Where(p => p.Status == status);
        }

        if (query.TextFilter() is { } q)
        {
            parks = parks.Where(p => p.Name.Contains(q) || (p.County != null && p.County.Contains(q)));
        }

        if (query.ChainFilter() is { } chain)
        {
            parks = parks.Where(p => p.Chains.Contains(chain));
        }

        var rows = await parks.OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        return [.. rows.Select(p => new object?[]
        {
            p.Name, p.ParkKind, p.Level, p.County, p.Address, p.Latitude, p.Longitude, p.PlannedAreaMu, p.AvailableLandMu,
            p.LandPriceWanPerMu, p.PowerPriceYuanPerKwh, p.WaterSupply, p.GasSupply, p.Logistics,
            RowReader.JoinList(p.Chains), RowReader.JoinList(p.NotableEnterprises), p.Description,
            p.Contacts.Length == 0 ? null : RowReader.ToJson(p.Contacts.Select(ContactBody.ToDto).ToArray()),
            p.Id.ToString(), PublicationStatusCodes.Of(p.Status),
        })];
    }

    public async Task<PreparedRow> PrepareAsync(RowReader row, ImportContext context, CancellationToken cancellationToken)
    {
        var request = new ParkRequest(
            row.Text("name"), row.Text("kind"), row.Text("level"), row.Text("county"), row.Text("address"),
            row.Decimal("latitude"), row.Decimal("longitude"), row.Decimal("plannedAreaMu"), row.Decimal("availableLandMu"),
            row.Decimal("landPriceWanPerMu"), row.Decimal("powerPriceYuanPerKwh"),
            row.Text("waterSupply"), row.Text("gasSupply"), row.Text("logistics"),
            row.List("chains"), row.List("notableEnterprises"), row.Text("description"),
            row.FromJson<ContactBody?[]>("contacts"), null);
        var content = request.ToContent(context.Sanitizer);
        var errors = await ParkValidation.ValidateAsync(content, context.Db, context.Text, cancellationToken);
        var all = ItemSheetColumns.Merge(row.Errors.ToDictionary(), errors.ToDictionary());
        return new PreparedRow(
            all,
            all.Count > 0 ? null : () => CreateParkEndpoint.AddDraft(context.Db, context.Http, context.CurrentTenant, content, context.Now).Id);
    }
}
