using Microsoft.AspNetCore.Routing;

namespace Portal.Catalogue.ImportExport;

/// <summary>Import and export routes of the three admin groups, mapped once from the module.</summary>
internal static class CatalogueImportExport
{
    public static void Map(RouteGroupBuilder parks, RouteGroupBuilder policies, RouteGroupBuilder projects)
    {
        foreach (var (group, sheet) in new (RouteGroupBuilder, IItemSheet)[] { (parks, new ParkSheet()), (policies, new PolicySheet()), (projects, new ProjectSheet()) })
        {
            ExportEndpoint.Map(group, sheet);
            ImportEndpoint.Map(group, sheet);
        }
    }
}
