using System.Globalization;
using Portal.Catalogue.Contracts;

namespace Portal.Ui.Pages.Admin.Catalogue;

/// <summary>The project form as posted: the investment as text (a typo is a field error, never zero), one optional contact.</summary>
public sealed class ProjectForm
{
    public string? Name { get; set; }
    public string? Chain { get; set; }
    public Guid? Park { get; set; }
    public string? InvestmentWan { get; set; }
    public string? CooperationMode { get; set; }
    public string? Description { get; set; }
    public string? ContactName { get; set; }
    public string? ContactRole { get; set; }
    public string? ContactPhone { get; set; }
    public string? ContactEmail { get; set; }

    /// <summary>The version the edit is based on (optimistic concurrency); 0 for a new project.</summary>
    public int Version { get; set; }

    public static ProjectForm From(AdminProjectDto project)
    {
        var c = project.Content;
        return new ProjectForm
        {
            Name = c.Name, Chain = c.Chain, Park = c.Park, CooperationMode = c.CooperationMode, Description = c.Description,
            InvestmentWan = c.InvestmentWan?.ToString("0.####", CultureInfo.InvariantCulture),
            ContactName = c.Contact?.Name, ContactRole = c.Contact?.Role, ContactPhone = c.Contact?.Phone, ContactEmail = c.Contact?.Email,
            Version = project.Version,
        };
    }

    /// <summary>The input for the catalogue, or null with <paramref name="errors"/> naming a field that is not a number.</summary>
    public ProjectInput? ToInput(Dictionary<string, string[]> errors, string notANumber)
    {
        decimal? investment = null;
        if (!string.IsNullOrWhiteSpace(InvestmentWan))
        {
            if (decimal.TryParse(InvestmentWan.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed))
            {
                investment = parsed;
            }
            else
            {
                errors["investmentWan"] = [notANumber];
            }
        }

        var blankContact = string.IsNullOrWhiteSpace(ContactName) && string.IsNullOrWhiteSpace(ContactRole)
            && string.IsNullOrWhiteSpace(ContactPhone) && string.IsNullOrWhiteSpace(ContactEmail);
        var input = new ProjectInput(
            Name, Chain, Park, investment, CooperationMode, Description,
            blankContact ? null : new ContactDto(ContactName ?? "", ContactRole, ContactPhone, ContactEmail));
        return errors.Count == 0 ? input : null;
    }
}
