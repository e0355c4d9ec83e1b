using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Portal.Identity.Oidc.Introspect;

/// <summary>
/// Who may ask <c>/connect/introspect</c> about a token: a confidential client (authenticated by its
/// secret), about a token it was issued (it is the token's presenter) or meant for (an audience). A public
/// client is refused; any other token is answered <c>{"active": false}</c>, so a prefecture's client
/// learns nothing about another's tokens, nor whether they exist.
/// </summary>
internal sealed class IntrospectionCallers(IOpenIddictApplicationManager applications) : IOpenIddictServerHandler<ValidateIntrospectionRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateIntrospectionRequestContext>()
            .UseScopedHandler<IntrospectionCallers>()
            .SetOrder(OpenIddictServerHandlers.Introspection.ValidateAuthorizedParty.Descriptor.Order + 1_000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ValidateIntrospectionRequestContext context)
    {
        var clientId = context.Request.ClientId;
        var application = string.IsNullOrEmpty(clientId) ? null : await applications.FindByClientIdAsync(clientId, context.CancellationToken);
        if (application is null || await applications.HasClientTypeAsync(application, ClientTypes.Public, context.CancellationToken))
        {
            context.Reject(Errors.InvalidClient, "Only confidential clients may introspect tokens.");
            return;
        }

        if (context.GenericTokenPrincipal is { } token
            && !token.HasPresenter(clientId!)
            && !token.HasAudience(clientId!))
        {
            context.Reject(Errors.InvalidToken, "The token was not issued to this client.");
        }
    }
}
