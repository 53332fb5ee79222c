using FluentValidation;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Application.Arrangementen.Tellingen;
using PassendOnderwijs.Application.Common.Behaviours;
using PassendOnderwijs.Application.Common.Gebeurtenissen;
using PassendOnderwijs.Application.Common.Mapping;
using PassendOnderwijs.Application.Meldingen;
using PassendOnderwijs.Application.Termijnen;
using PassendOnderwijs.Domain.Aanmeldingen.Gebeurtenissen;
using PassendOnderwijs.Application.Webhooks;
using PassendOnderwijs.Domain.Arrangementen.Gebeurtenissen;
using PassendOnderwijs.Domain.Termijnen.Gebeurtenissen;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen.Gebeurtenissen;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen.Gebeurtenissen;
using PassendOnderwijs.Domain.Webhooks.Gebeurtenissen;

namespace PassendOnderwijs.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddMediator(options =>
        {
            options.Namespace = "PassendOnderwijs.Application.Dispatching";
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(DependencyInjection)];
            // Order matters: log everything, refuse callers without access before anything else, refuse invalid
            // input before a transaction is opened. The replica's fallback to the primary stands innermost, so the audit
            // records the one answer the caller gets.
            options.PipelineBehaviors =
            [
                typeof(LoggingBehaviour<,>),
                typeof(ToegangBehaviour<,>),
                typeof(ValidatieBehaviour<,>),
                typeof(TransactieBehaviour<,>),
                typeof(AuditBehaviour<,>),
                typeof(ReplicaBehaviour<,>),
            ];
        });
        // Built once: a validator's rules are fixed at construction and it keeps no state, and building one per
        // request was a fifth of a small list request's allocations (the architecture tests keep them free of services).
        services.AddValidatorsFromAssemblyContaining(typeof(DependencyInjection), ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddAutoMapper(MappingConfiguratie.Configureer);
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<IDomainEventConsumer<ArrangementGebeurtenis>, ArrangementTellingBijwerker>();

        // Notifications for people: one consumer per kind of case, each with its routing table in Domain/Meldingen.
        services.AddScoped<MeldingMaker>();
        services.AddScoped<IDomainEventConsumer<ArrangementGebeurtenis>, ArrangementMeldingenMaker>();
        services.AddScoped<IDomainEventConsumer<TlvGebeurtenisBericht>, TlvMeldingenMaker>();
        services.AddScoped<IDomainEventConsumer<TermijnGebeurtenis>, TermijnMeldingenMaker>();
        services.AddScoped<IDomainEventConsumer<WebhookAfleveringMislukt>, KoppelingMeldingenMaker>();
        services.AddScoped<IDomainEventConsumer<OppGebeurtenisBericht>, OppMeldingenMaker>();
        services.AddScoped<IDomainEventConsumer<Domain.Ouders.ToestemmingGebeurtenis>, ToestemmingMeldingenMaker>();
        services.AddScoped<IDomainEventConsumer<Domain.Portfolio.Expertinzet.ExpertinzetGebeurtenis>, Portfolio.Expertinzet.ExpertinzetMeldingenMaker>();
        services.AddScoped<IDomainEventConsumer<Domain.Portfolio.Expertinzet.ExpertinzetGebeurtenis>, Portfolio.Tevredenheid.TevredenheidsonderzoekVerzender>();

        // The seam to the casuïstiek: a placeholder that checks only that a casus id is given; the lead replaces it at merge.

        // The deadline engine follows every case's facts (Termijnentabel).
        services.AddScoped<IDomainEventConsumer<ArrangementGebeurtenis>, TermijnBijwerker>();
        services.AddScoped<IDomainEventConsumer<TlvGebeurtenisBericht>, TermijnBijwerker>();
        services.AddScoped<IDomainEventConsumer<OppGebeurtenisBericht>, TermijnBijwerker>();
        services.AddScoped<IDomainEventConsumer<Domain.Thuiszitters.ThuiszitterBericht>, TermijnBijwerker>();
        services.AddScoped<IDomainEventConsumer<AanmeldingGebeurtenisBericht>, TermijnBijwerker>();

        // One notificatie consumer per base type of the catalogue's families: a new family needs no registration of its own.
        foreach (var basistype in Notificatiecatalogus.Families.Select(f => f.Basistype).Distinct())
        {
            services.AddScoped(typeof(IDomainEventConsumer<>).MakeGenericType(basistype), typeof(NotificatieConsument<>).MakeGenericType(basistype));
        }
        return services;
    }
}
