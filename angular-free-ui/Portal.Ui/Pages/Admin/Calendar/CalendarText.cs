namespace Portal.Ui.Pages.Admin.Calendar;

/// <summary>Texts of the working-calendar page: <c>CalendarText.resx</c> zh-CN (default), <c>CalendarText.en.resx</c> English.</summary>
internal sealed class CalendarText
{
    private CalendarText()
    {
    }
}
