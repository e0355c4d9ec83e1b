namespace Portal.Identity.Localization;

/// <summary>Marker for the messages of users, roles and sign-in (zh-CN in AccountMessages.resx, English beside it).</summary>
internal sealed class AccountMessages
{
    private AccountMessages()
    {
    }
}
