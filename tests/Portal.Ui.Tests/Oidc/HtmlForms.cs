using System.Net;
using System.Text.RegularExpressions;

namespace Portal.Ui.Tests.Oidc;

/// <summary>Reads a page's first form (action and fields) the way a browser would submit it.</summary>
internal static partial class HtmlForms
{
    public static (Uri Action, List<KeyValuePair<string, string>> Fields) FirstForm(string html, Uri page, string? containing = null)
    {
        var form = FormElement().Matches(html).Select(match => match.Value)
            .First(candidate => containing is null || candidate.Contains(containing, StringComparison.Ordinal));
        var action = ActionAttribute().Match(form) is { Success: true } found && found.Groups[1].Value.Length > 0
            ? new Uri(page, WebUtility.HtmlDecode(found.Groups[1].Value))
            : page;
        var fields = Input().Matches(form).Select(match => match.Value)
            .Where(input => input.Contains("type=\"hidden\"", StringComparison.Ordinal))
            .Select(input => new KeyValuePair<string, string>(
                WebUtility.HtmlDecode(NameAttribute().Match(input).Groups[1].Value),
                WebUtility.HtmlDecode(ValueAttribute().Match(input).Groups[1].Value)))
            .ToList();
        return (action, fields);
    }

    [GeneratedRegex("<form[\\s\\S]*?</form>")]
    private static partial Regex FormElement();

    [GeneratedRegex("\\baction=\"([^\"]*)\"")]
    private static partial Regex ActionAttribute();

    [GeneratedRegex("<input [^>]*>")]
    private static partial Regex Input();

    [GeneratedRegex("\\bname=\"([^\"]*)\"")]
    private static partial Regex NameAttribute();

    [GeneratedRegex("\\bvalue=\"([^\"]*)\"")]
    private static partial Regex ValueAttribute();
}
