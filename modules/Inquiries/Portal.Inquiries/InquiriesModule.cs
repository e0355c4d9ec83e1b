using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.BuildingBlocks.Mail;
using Portal.BuildingBlocks.Modules;
using Portal.BuildingBlocks.Outbox;
using Portal.BuildingBlocks.Persistence;
using Portal.Inquiries.Contracts;
using Portal.Inquiries.Deadlines;
using Portal.Inquiries.Domain;
using Portal.Inquiries.Features;
using Portal.Inquiries.Features.Desk;
using Portal.Inquiries.Features.Http;
using Portal.Inquiries.Features.Intake;
using Portal.Inquiries.Persistence;
using Portal.Inquiries.Routing.Suggestions;
using Portal.Inquiries.Seeding;

namespace Portal.Inquiries;

/// <summary>
/// Investment inquiries: the public form and tracking, the bureau's triage and routing, the prefectures' cases
/// through signing, landing and funds in place, deadlines on the working calendar with escalation, duplicates.
/// </summary>
public sealed class InquiriesModule : IModule
{
    public string Name => InquiriesDbContext.SchemaName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<InquiriesDbContext, SqliteInquiriesDbContext, PostgresInquiriesDbContext>(configuration, Name);
        services.AddOutboxDispatcher<InquiriesDbContext>();
        services.AddHttpContextAccessor();
        services.AddPortalMail(configuration);
        services.AddOptions<DeadlineOptions>().Bind(configuration.GetSection(DeadlineOptions.SectionName));
        services.AddOptions<IntakeOptions>().Bind(configuration.GetSection(IntakeOptions.SectionName));

        services.AddSingleton<IntakeRateLimiter>();
        services.AddScoped<InquiryValidation>();
        services.AddScoped<DuplicateFinder>();
        services.AddScoped<InquiryIntake>();
        services.AddScoped<IInquiryIntake>(provider => provider.GetRequiredService<InquiryIntake>());
        services.AddScoped<InquiryReadModel>();
        services.AddScoped<RoutingSuggester>();
        services.AddScoped<InquiryDesk>();
        services.AddScoped<IInquiryDesk>(provider => provider.GetRequiredService<InquiryDesk>());

        services.AddScoped<DeadlineEscalator>();
        services.AddHostedService<DeadlineEscalationService>();
        services.AddIntegrationEventHandler<InquiryAcknowledgementRequested, AcknowledgementMailHandler>();
        services.AddIntegrationEventHandler<InquiryDeadlineMissed, DeadlineMissedMailHandler>();
        services.AddSingleton<IDataSeeder, DemoInquirySeeder>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        PublicInquiryEndpoints.Map(endpoints);
        AdminInquiryEndpoints.Map(endpoints);
    }
}
