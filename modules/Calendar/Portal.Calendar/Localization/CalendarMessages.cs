namespace Portal.Calendar.Localization;

/// <summary>Marker for the Calendar module's messages (zh-CN in CalendarMessages.resx, English beside it).</summary>
internal sealed class CalendarMessages
{
    private CalendarMessages()
    {
    }
}
