using PassendOnderwijs.Domain.Portfolio.Casuistiek;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen.Tellingen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Idempotentie;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Beleid;
using PassendOnderwijs.Domain.Deskundigen;
using PassendOnderwijs.Domain.Portfolio.Middelen;
using PassendOnderwijs.Domain.Portfolio.Samenwerkingsprojecten;
using PassendOnderwijs.Domain.Documenten;
using PassendOnderwijs.Domain.Dossiers;
using PassendOnderwijs.Domain.Expertises;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Meldingen;
using PassendOnderwijs.Domain.Aanmeldingen;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Ouders;
using PassendOnderwijs.Domain.Termijnen;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

using PassendOnderwijs.Domain.Webhooks;

namespace PassendOnderwijs.Infrastructure.Persistence;

/// <summary>
/// The read context of one request: the replica's DbContext for a machine client when a read connection is
/// configured, the request's own (primary) DbContext otherwise. The replica's is the same DbContext class with the same
/// caller, so the same tenant and vestiging filters apply; it is made only when a handler reads through it. Every
/// member asks <see cref="Huidig"/> at the moment it is used, so after <see cref="LeesVoortaanVanPrimair"/> a handler
/// run again reads the primary.
/// </summary>
internal sealed class LeesDbContext(
    PassendOnderwijsDbContext primair, Replicaverbinding replica, TimeProvider klok, IHuidigeGebruiker? aanroeper = null) : ILeesDbContext, IDisposable, IAsyncDisposable
{
    private PassendOnderwijsDbContext? _replica;
    private bool _primairGekozen;

    /// <summary>
    /// A person reads the primary: what they just did in the SPA must be on the next screen. A machine client (a LAS,
    /// the register's m2m sync) reads through tokens that tolerate lag, so it may read an earlier state. Without a
    /// caller (a process outside a request) it reads the primary.
    /// </summary>
    public bool OpReplica => replica.Opties is not null && aanroeper?.Soort == SoortAanroeper.Client && !_primairGekozen;

    public bool LasVanReplica => _replica is not null && !_primairGekozen;

    private PassendOnderwijsDbContext Huidig => OpReplica ? _replica ??= new PassendOnderwijsDbContext(replica.Opties!).VoorAanroeper(aanroeper, klok) : primair;

    public DbSet<ExpertiseWaardelijst> ExpertiseWaardelijsten => Huidig.ExpertiseWaardelijsten;

    public DbSet<Gebruiker> Gebruikers => Huidig.Gebruikers;

    public DbSet<AuditRegel> AuditRegels => Huidig.AuditRegels;

    public DbSet<Onderwijsbegeleidingsaanbieder> Onderwijsbegeleidingsaanbieders => Huidig.Onderwijsbegeleidingsaanbieders;

    public DbSet<VerwijderdeAanbieder> VerwijderdeAanbieders => Huidig.VerwijderdeAanbieders;

    public DbSet<Samenwerkingsverband> Samenwerkingsverbanden => Huidig.Samenwerkingsverbanden;

    public DbSet<Beleidsinstellingen> Beleidsinstellingen => Huidig.Beleidsinstellingen;

    public DbSet<Swvlogo> Swvlogos => Huidig.Swvlogos;

    public DbSet<Schoolbestuur> Schoolbesturen => Huidig.Schoolbesturen;

    public DbSet<School> Scholen => Huidig.Scholen;

    public DbSet<Deskundige> Deskundigen => Huidig.Deskundigen;

    public DbSet<Domain.Portfolio.Expertboek.Expertprofiel> Expertprofielen => Huidig.Expertprofielen;

    public DbSet<Domain.Portfolio.Regioaanbod> Regioaanbod => Huidig.Regioaanbod;

    public DbSet<Domain.Beleidsinformatie.Leerlingaantallen.Leerlingaantal> Leerlingaantallen => Huidig.Leerlingaantallen;

    public DbSet<Middelentoekenning> Middelentoekenningen => Huidig.Middelentoekenningen;

    public DbSet<Verantwoording> Verantwoordingen => Huidig.Verantwoordingen;

    public DbSet<Samenwerkingsproject> Samenwerkingsprojecten => Huidig.Samenwerkingsprojecten;

    public DbSet<Domain.Portfolio.Tevredenheid.Tevredenheidsonderzoek> Tevredenheidsonderzoeken => Huidig.Tevredenheidsonderzoeken;

    public DbSet<Leerling> Leerlingen => Huidig.Leerlingen;

    public DbSet<Dossierimport> Dossierimports => Huidig.Dossierimports;

    public DbSet<Arrangement> Arrangementen => Huidig.Arrangementen;

    public DbSet<Toelaatbaarheidsverklaring> Toelaatbaarheidsverklaringen => Huidig.Toelaatbaarheidsverklaringen;

    public DbSet<Ontwikkelingsperspectiefplan> Ontwikkelingsperspectiefplannen => Huidig.Ontwikkelingsperspectiefplannen;

    public IQueryable<OppStand> OppStanden => Huidig.OppStanden;

    public DbSet<Aanmelding> Aanmeldingen => Huidig.Aanmeldingen;

    public DbSet<Betrokkene> Betrokkenen => Huidig.Betrokkenen;

    public DbSet<Domain.Portfolio.Expertinzet.Expertinzet> Expertinzetten => Huidig.Expertinzetten;

    public DbSet<Domain.Thuiszitters.Thuiszitter> Thuiszitters => Huidig.Thuiszitters;

    public DbSet<Vertegenwoordiging> Vertegenwoordigingen => Huidig.Vertegenwoordigingen;

    public DbSet<Toestemming> Toestemmingen => Huidig.Toestemmingen;

    public DbSet<Document> Documenten => Huidig.Documenten;

    public DbSet<KoppelingNotificatie> KoppelingNotificaties => Huidig.KoppelingNotificaties;

    public DbSet<Abonnement> Abonnementen => Huidig.Abonnementen;

    public DbSet<Aflevering> Afleveringen => Huidig.Afleveringen;

    public DbSet<Afleverpoging> Afleverpogingen => Huidig.Afleverpogingen;

    public DbSet<Netwerkbespreking> Netwerkbesprekingen => Huidig.Netwerkbesprekingen;

    public DbSet<Casus> Casussen => Huidig.Casussen;

    public DbSet<Idempotentiesleutel> Idempotentiesleutels => Huidig.Idempotentiesleutels;

    public DbSet<ArrangementTelling> ArrangementTellingen => Huidig.ArrangementTellingen;

    public DbSet<Melding> Meldingen => Huidig.Meldingen;

    public DbSet<Meldingvoorkeuren> Meldingvoorkeuren => Huidig.Meldingvoorkeuren;

    public DbSet<Mailopdracht> Mailopdrachten => Huidig.Mailopdrachten;
    public DbSet<Termijn> Termijnen => Huidig.Termijnen;

    public void LeesVoortaanVanPrimair() => _primairGekozen = true;

    /// <summary>Never: a read handler that saved would write to a replica (refused there) or, without one, behind the pipeline's back.</summary>
    public Task<int> SaveChangesAsync(CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The read context never saves: a use case that writes is a command and takes IApplicationDbContext.");

    /// <summary>Never: the audit behaviour writes a read's audit records to the primary, through IApplicationDbContext.</summary>
    public Task SchrijfAuditRegelsAsync(IReadOnlyCollection<AuditRegel> regels, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The read context never writes audit records: the audit behaviour writes them to the primary.");

    public void Dispose() => _replica?.Dispose();

    public async ValueTask DisposeAsync()
    {
        if (_replica is not null)
        {
            await _replica.DisposeAsync().ConfigureAwait(false);
        }
    }
}

/// <summary>
/// The DbContext options of the read connection, made once: the same configuration as the primary's
/// (<see cref="DatabaseConfiguratie.Configureer"/>: Npgsql, snake_case, OpenIddict's model) on another connection
/// string, with the application's services (logging) as the primary's DbContext has them. Null when none is configured.
/// </summary>
internal sealed class Replicaverbinding(DatabaseVerbindingen verbindingen, IServiceProvider services)
{
    private readonly Lazy<DbContextOptions<PassendOnderwijsDbContext>?> _opties = new(() =>
    {
        if (verbindingen.Lezen is not { } lezen)
        {
            return null;
        }

        var builder = new DbContextOptionsBuilder<PassendOnderwijsDbContext>().UseApplicationServiceProvider(services);
        DatabaseConfiguratie.Configureer(builder, lezen);
        return builder.Options;
    });

    public DbContextOptions<PassendOnderwijsDbContext>? Opties => _opties.Value;
}
