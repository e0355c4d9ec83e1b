namespace Portal.BuildingBlocks.Localization;

/// <summary>
/// Marker for the messages every module shares (problem titles, generic field errors).
/// SharedMessages.resx holds zh-CN, the default; SharedMessages.en.resx holds English.
/// </summary>
public sealed class SharedMessages
{
    private SharedMessages()
    {
    }
}
