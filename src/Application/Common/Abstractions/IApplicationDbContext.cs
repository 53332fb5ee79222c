using PassendOnderwijs.Domain.Portfolio.Casuistiek;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen.Tellingen;
using PassendOnderwijs.Application.Common.Idempotentie;
using PassendOnderwijs.Domain.Aanmeldingen;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Documenten;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Beleid;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Deskundigen;
using PassendOnderwijs.Domain.Expertises;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Dossiers;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Meldingen;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Ouders;
using PassendOnderwijs.Domain.Termijnen;
using PassendOnderwijs.Domain.Webhooks;

using PassendOnderwijs.Domain.Portfolio.Middelen;
using PassendOnderwijs.Domain.Portfolio.Samenwerkingsprojecten;

namespace PassendOnderwijs.Application.Common.Abstractions;

/// <summary>The persistence the use cases see: the aggregates as queryable sets, saved as one unit.</summary>
public interface IApplicationDbContext
{
    DbSet<ExpertiseWaardelijst> ExpertiseWaardelijsten { get; }

    DbSet<Gebruiker> Gebruikers { get; }

    DbSet<AuditRegel> AuditRegels { get; }

    DbSet<Onderwijsbegeleidingsaanbieder> Onderwijsbegeleidingsaanbieders { get; }

    DbSet<VerwijderdeAanbieder> VerwijderdeAanbieders { get; }

    DbSet<Samenwerkingsverband> Samenwerkingsverbanden { get; }

    /// <summary>The samenwerkingsverband's policy settings, with every version (none until its beheerder sets them).</summary>
    DbSet<Beleidsinstellingen> Beleidsinstellingen { get; }

    /// <summary>The logo on the samenwerkingsverband's documents, apart from the settings so reading a term never loads an image.</summary>
    DbSet<Swvlogo> Swvlogos { get; }

    DbSet<Schoolbestuur> Schoolbesturen { get; }

    DbSet<School> Scholen { get; }

    /// <summary>The register of deskundigen who advise on toelaatbaarheidsverklaringen; never deleted, only deactivated.</summary>
    DbSet<Deskundige> Deskundigen { get; }

    DbSet<Domain.Portfolio.Expertboek.Expertprofiel> Expertprofielen { get; }

    DbSet<Domain.Portfolio.Regioaanbod> Regioaanbod { get; }

    DbSet<Domain.Beleidsinformatie.Leerlingaantallen.Leerlingaantal> Leerlingaantallen { get; }

    DbSet<Leerling> Leerlingen { get; }

    DbSet<Dossierimport> Dossierimports { get; }

    DbSet<Arrangement> Arrangementen { get; }

    DbSet<Toelaatbaarheidsverklaring> Toelaatbaarheidsverklaringen { get; }

    DbSet<Ontwikkelingsperspectiefplan> Ontwikkelingsperspectiefplannen { get; }

    /// <summary>
    /// Where every plan of the samenwerkingsverband stands (the same rows, filtered on the tenant only, not on who may
    /// read the plan). Only for asking, inside a query that is filtered itself, whether a visible case's pupil has a
    /// plan: "OPP ontbreekt" (<see cref="OppPlicht"/>). Never shown as such.
    /// </summary>
    IQueryable<OppStand> OppStanden { get; }

    /// <summary>Written aanmeldingen at schools and the zorgplicht they start; a school sees its own, the SWV's staff all.</summary>
    DbSet<Aanmelding> Aanmeldingen { get; }

    /// <summary>Experts added to a pupil by SWV staff (need to know), current and past.</summary>
    DbSet<Betrokkene> Betrokkenen { get; }

    DbSet<Vertegenwoordiging> Vertegenwoordigingen { get; }

    DbSet<Toestemming> Toestemmingen { get; }

    /// <summary>The documents of pupils' dossiers: metadata only; the bytes are behind <c>IDocumentOpslag</c>.</summary>
    DbSet<Document> Documenten { get; }

    DbSet<Idempotentiesleutel> Idempotentiesleutels { get; }

    DbSet<ArrangementTelling> ArrangementTellingen { get; }

    /// <summary>Notifications for people; a caller sees only their own (the context's filter).</summary>
    DbSet<Melding> Meldingen { get; }

    /// <summary>Each person's choices per kind of notification; a caller sees only their own.</summary>
    DbSet<Meldingvoorkeuren> Meldingvoorkeuren { get; }

    /// <summary>E-mails announcing a notification, waiting for the background sender (no tenant filter: a system path).</summary>
    DbSet<Mailopdracht> Mailopdrachten { get; }
    /// <summary>The deadline engine's record of each run of a term (<see cref="Termijn"/>).</summary>
    DbSet<Termijn> Termijnen { get; }

    /// <summary>Events as koppelingen learn of them (the pull feed and the webhooks); never pupil data.</summary>
    DbSet<KoppelingNotificatie> KoppelingNotificaties { get; }

    /// <summary>Koppelingen's webhook subscriptions.</summary>
    DbSet<Abonnement> Abonnementen { get; }

    /// <summary>Notificaties on their way to an abonnement, with their retry schedule.</summary>
    DbSet<Aflevering> Afleveringen { get; }

    /// <summary>The delivery log: every attempt.</summary>
    DbSet<Afleverpoging> Afleverpogingen { get; }

    /// <summary>Expert inzetten along the HGW cycle (regional portfolio); the expert sees only their own.</summary>
    DbSet<Domain.Portfolio.Expertinzet.Expertinzet> Expertinzetten { get; }

    /// <summary>The thuiszitters register; a school sees only the entries of its own vestigingen.</summary>
    DbSet<Domain.Thuiszitters.Thuiszitter> Thuiszitters { get; }

    /// <summary>Meetings of lokale netwerken (casuïstiek).</summary>
    DbSet<Netwerkbespreking> Netwerkbesprekingen { get; }

    /// <summary>Anonymous cases brought into a lokaal netwerk: the vestiging, never the pupil.</summary>
    DbSet<Casus> Casussen { get; }

    /// <summary>The middelen extra ondersteuning per schoolbestuur and year; school staff see their own besturen's only.</summary>
    DbSet<Middelentoekenning> Middelentoekenningen { get; }

    /// <summary>The besturen's verantwoordingen of their middelen; school staff see their own besturen's only.</summary>
    DbSet<Verantwoording> Verantwoordingen { get; }

    /// <summary>The samenwerkingsprojecten per regio; school staff see the projects of their schools' regio's only.</summary>
    DbSet<Samenwerkingsproject> Samenwerkingsprojecten { get; }

    /// <summary>The tevredenheidsonderzoeken after closed expert inzetten; a school sees its own vestigingen' only.</summary>
    DbSet<Domain.Portfolio.Tevredenheid.Tevredenheidsonderzoek> Tevredenheidsonderzoeken { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Writes many audit records at once (a list page names every pupil on it), straight away and in the current
    /// transaction if there is one; far cheaper than tracking each as an entity.
    /// </summary>
    Task SchrijfAuditRegelsAsync(IReadOnlyCollection<AuditRegel> regels, CancellationToken cancellationToken);
}
