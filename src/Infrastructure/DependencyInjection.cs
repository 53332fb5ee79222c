using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Infrastructure.Achtergrond;
using PassendOnderwijs.Infrastructure.Identiteit;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Application.Documenten;
using PassendOnderwijs.Application.Dossiers.Oso;
using PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Document;
using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Beschikking;
using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Lbtdossier;
using PassendOnderwijs.Application.Ouders.Inzagen;
using PassendOnderwijs.Infrastructure.Documenten;
using PassendOnderwijs.Infrastructure.Oso;
using PassendOnderwijs.Infrastructure.Meldingen;
using PassendOnderwijs.Infrastructure.Opschoning;
using PassendOnderwijs.Infrastructure.Outbox;
using PassendOnderwijs.Application.Meldingen;
using PassendOnderwijs.Infrastructure.Termijnen;
using PassendOnderwijs.Infrastructure.Webhooks;
using PassendOnderwijs.Infrastructure.Persistence;
using PassendOnderwijs.Infrastructure.Synctokens;

namespace PassendOnderwijs.Infrastructure;

public static class DependencyInjection
{
    public const string GereedTag = "gereed";

    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuratie)
    {
        services.AddSingleton(_ => DatabaseVerbindingen.Uit(configuratie));
        // Each scope borrows a context from a pool and gives it back when it ends: building one per request (its
        // options, EF's internal services for them, the change tracker) was a fifth of a small list request's
        // allocations. The loan sets the scope's caller on it and the return forgets it (ContextLening).
        services.AddPooledDbContextFactory<PassendOnderwijsDbContext>(
            (sp, options) => DatabaseConfiguratie.Configureer(options, sp.GetRequiredService<DatabaseVerbindingen>().Applicatie));
        services.AddScoped<ContextLening>();
        services.AddScoped(sp => sp.GetRequiredService<ContextLening>().Context);
        services.AddScoped<IApplicationDbContext>(sp => sp.GetRequiredService<PassendOnderwijsDbContext>());
        services.AddSingleton<Replicaverbinding>();
        services.AddScoped<ILeesDbContext, LeesDbContext>();
        services.AddScoped<ITransactieBeheer, TransactieBeheer>();
        services.AddScoped<IBeurten, Beurten>();
        services.AddIdentiteit(configuratie);
        services.AddSingleton<IWachtwoordHasher, Pbkdf2WachtwoordHasher>();
        services.AddScoped<IKoppelingRegister, KoppelingRegister>();
        services.AddScoped<ITokenIntrekking, TokenIntrekking>();
        services.AddScoped<IAuditActoren, AuditActoren>();
        services.AddScoped<IDocumentOpslag, PostgresDocumentOpslag>();
        services.AddOptions<SynctokenOpties>().Bind(configuratie.GetSection(SynctokenOpties.Sectie))
            .Validate(o => o.SleutelWisselDagen >= 1, "Synctokens:SleutelWisselDagen is at least 1: otherwise every token would get a new key.")
            .ValidateOnStart();
        services.AddSingleton<SynctokenSleutelring>();
        services.AddSingleton<ISynctokens, HmacSynctokens>();
        services.Configure<OutboxOpties>(configuratie.GetSection(OutboxOpties.Sectie));
        services.AddSingleton<OutboxVerwerker>();
        services.Configure<TermijnOpties>(configuratie.GetSection(TermijnOpties.Sectie));
        services.AddSingleton<TermijnBewaker>();
        services.AddSingleton<TermijnInhaalslag>();
        services.Configure<OpschoningOpties>(configuratie.GetSection(OpschoningOpties.Sectie));
        services.AddSingleton<Opschoner>();

        services.AddWebhooks(configuratie);
        services.AddSingleton<IOsoLezer, XmlOsoLezer>();
        services.AddSingleton<Application.Common.Documenten.IPdfOpmaak, PdfSharpOpmaak>();

        // Resolved only by the telemetry registration, so with telemetry off the gauge does not exist.
        services.AddSingleton<OutboxMeting>();
        services.AddSingleton<Wekkers>();
        if (configuratie.GetSection(OutboxOpties.Sectie).Get<OutboxOpties>()?.Aan ?? true)
        {
            services.AddHostedService<OutboxDispatcher>();
        }

        // One LISTEN connection wakes the outbox and delivery loops on commit of new work; polling is the fallback.
        if ((configuratie.GetSection(OutboxOpties.Sectie).Get<OutboxOpties>()?.Aan ?? true)
            || (configuratie.GetSection(WebhookOpties.Sectie).Get<WebhookOpties>()?.Aan ?? true))
        {
            services.AddHostedService(sp => ActivatorUtilities.CreateInstance<Wekdienst>(sp, sp.GetRequiredService<DatabaseVerbindingen>().Applicatie));
        }

        // Notification e-mail: off by default (Email:Aan). The sender is there for tests to drive; the loop only when on.
        services.AddSingleton(new PubliekAdres(configuratie));
        services.AddSingleton<MailVerzender>();
        if (configuratie.GetSection(Emailinstellingen.Sectie).Get<Emailinstellingen>()?.Aan ?? false)
        {
            services.AddHostedService<MailDispatcher>();
        }

        if (configuratie.GetSection(TermijnOpties.Sectie).Get<TermijnOpties>()?.Aan ?? true)
        {
            services.AddHostedService<TermijnBewakingsdienst>();
        }

        if (configuratie.GetSection(OpschoningOpties.Sectie).Get<OpschoningOpties>()?.Aan ?? true)
        {
            services.AddHostedService<OpschoningDienst>();
        }

        services.AddHealthChecks().AddDbContextCheck<PassendOnderwijsDbContext>("database", tags: [GereedTag]);
        return services;
    }
}
