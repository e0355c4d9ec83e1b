using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Portal.BuildingBlocks.Mail;

/// <summary>The portal's one mail sender (<c>Portal:Mail</c>), shared by every module that mails; safe to call more than once.</summary>
public static class MailSetup
{
    public static IServiceCollection AddPortalMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MailOptions>().Bind(configuration.GetSection(MailOptions.SectionName));
        services.TryAddSingleton<IMailSender, ConfiguredMailSender>();
        return services;
    }
}
