using PassendOnderwijs.Domain.Portfolio.Casuistiek;
using Microsoft.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore.Models;
using PassendOnderwijs.Application.Arrangementen.Tellingen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Application.Common.Idempotentie;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Beleid;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Deskundigen;
using PassendOnderwijs.Domain.Documenten;
using PassendOnderwijs.Domain.Expertises;
using PassendOnderwijs.Domain.Aanmeldingen;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Dossiers;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Meldingen;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Ouders;
using PassendOnderwijs.Domain.Portfolio.Middelen;
using PassendOnderwijs.Domain.Portfolio.Samenwerkingsprojecten;
using PassendOnderwijs.Domain.Webhooks;
using PassendOnderwijs.Infrastructure.Documenten;
using PassendOnderwijs.Domain.Termijnen;
using PassendOnderwijs.Infrastructure.Outbox;
using PassendOnderwijs.Infrastructure.Persistence.Configurations;

namespace PassendOnderwijs.Infrastructure.Persistence;

public sealed class PassendOnderwijsDbContext : DbContext, IApplicationDbContext
{
    // Matches no samenwerkingsverband: a caller without one sees no tenant data at all.
    private static readonly SwvCode Niemand = SwvCode.Parse("PO0000").Waarde;

    /// <summary>The roles that work with (or, the beheerder, manage) the whole samenwerkingsverband, not one school.</summary>
    private static readonly string[] HeleSwvRollen = [Rol.SwvMedewerker.Code(), Rol.Expert.Code(), Rol.SwvBeheerder.Code()];

    private IHuidigeGebruiker? _aanroeper;
    private TimeProvider _klok = TimeProvider.System;
    private bool _uitgeleend;

    /// <summary>Without a caller: sees no tenant's data (see <see cref="Tenant"/>) until <see cref="VoorAanroeper"/>.</summary>
    public PassendOnderwijsDbContext(DbContextOptions<PassendOnderwijsDbContext> options)
        : base(options)
    {
    }

    /// <summary>
    /// The caller and clock of this unit of work, set by whoever takes the context (the request's scope, the replica's
    /// read context) before its first query. The request's context comes from a pool, so it forgets them again when
    /// it goes back, and a context taken from the pool without them sees no tenant's data.
    /// </summary>
    internal PassendOnderwijsDbContext VoorAanroeper(IHuidigeGebruiker? aanroeper, TimeProvider klok)
    {
        _aanroeper = aanroeper;
        _klok = klok;
        return this;
    }

    /// <summary>
    /// Lent to one scope by a <see cref="ContextLening"/>: until <see cref="GeefTerugAsync"/>, a Dispose is not the end
    /// of the loan. The scope disposes this instance once for every registration that returned it (the context and
    /// <c>IApplicationDbContext</c>); each of those would give it back to the pool, the second after another request
    /// had taken it again.
    /// </summary>
    internal void LeenUit() => _uitgeleend = true;

    /// <summary>Ends the loan once: forgets the caller and gives the instance back to the pool.</summary>
    internal ValueTask GeefTerugAsync() => EindigLening() ? base.DisposeAsync() : ValueTask.CompletedTask;

    /// <inheritdoc cref="GeefTerugAsync"/>
    internal void GeefTerug()
    {
        if (EindigLening())
        {
            base.Dispose();
        }
    }

    private bool EindigLening()
    {
        if (!_uitgeleend)
        {
            return false;
        }

        _uitgeleend = false;
        Vergeet();
        return true;
    }

    public override void Dispose()
    {
        if (_uitgeleend)
        {
            return;
        }

        Vergeet();
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        if (_uitgeleend)
        {
            return ValueTask.CompletedTask;
        }

        Vergeet();
        return base.DisposeAsync();
    }

    /// <summary>
    /// The tenant of this unit of work: the caller's samenwerkingsverband. Every query on tenant data is filtered by
    /// it here, in one place; the few system paths that must look across tenants (sign-in, start-up) say so with
    /// IgnoreQueryFilters().
    /// </summary>
    private string TenantCode => Tenant.Waarde;

    private SwvCode Tenant =>
        _aanroeper?.Samenwerkingsverband is { } code && SwvCode.Parse(code) is { IsGelukt: true } swv ? swv.Waarde : Niemand;

    /// <summary>
    /// School staff and LAS clients see pupils (and their arrangementen) of their own vestigingen only; SWV staff see
    /// the whole samenwerkingsverband. Like the tenant, this is applied here, so no use case can forget it. It fails
    /// closed: a person sees the whole SWV only with a role named here, so a role that works with no SWV's pupils
    /// (the register-beheerder, who has no vestigingen) sees none, even if an access rule let it through by mistake.
    /// </summary>
    private bool AlleenEigenVestigingen =>
        _aanroeper is null || _aanroeper.Soort != SoortAanroeper.Gebruiker || _aanroeper.Rollen.Contains(Rol.SchoolMedewerker.Code())
        || !_aanroeper.Rollen.Any(r => HeleSwvRollen.Contains(r));

    /// <summary>
    /// An expert sees a pupil, and that pupil's arrangementen, only while involved (need to know): added by SWV staff as
    /// betrokkene until a date, or named by account as provider of an open arrangement of that pupil (the view
    /// <c>expert_betrokkenheid</c>). A person who is also SWV or school staff sees what that role sees.
    /// </summary>
    private bool AlleenBetrokkenLeerlingen =>
        _aanroeper is { Soort: SoortAanroeper.Gebruiker } a && a.Rollen.Contains(Rol.Expert.Code())
        && !a.Rollen.Contains(Rol.SwvMedewerker.Code()) && !a.Rollen.Contains(Rol.SchoolMedewerker.Code());

    /// <summary>
    /// A deskundige sees a TLV only while asked to advise on it (need to know), and nothing else of the samenwerkingsverband;
    /// a person who is also SWV or school staff sees what that role sees.
    /// </summary>
    private bool AlsDeskundige =>
        _aanroeper is { Soort: SoortAanroeper.Gebruiker } a && a.Rollen.Contains(Rol.Deskundige.Code())
        && !a.Rollen.Any(r => HeleSwvRollen.Contains(r) || r == Rol.SchoolMedewerker.Code());

    /// <summary>
    /// An ouder sees a pupil, and that pupil's cases, only while a school has linked their account to the child (an
    /// active <see cref="Vertegenwoordiging"/>), and nothing else of the samenwerkingsverband. An ouder has no
    /// vestigingen and no role that sees the whole SWV, so without such a link every filter below finds nothing.
    /// </summary>
    private bool AlsOuder => _aanroeper is { Soort: SoortAanroeper.Gebruiker } a && a.Rollen.Contains(Rol.Ouder.Code());

    /// <summary>The caller's account id; an id that is no account id (an external provider's subject) matches nobody.</summary>
    private Guid AanroeperId => Guid.TryParse(_aanroeper?.Id, out var id) ? id : Guid.Empty;

    private DateOnly Vandaag => NederlandseTijd.Vandaag(_klok);

    /// <summary>The caller's vestigingen as stored in text columns (a notificatie's list).</summary>
    private List<string> EigenVestigingcodes => _aanroeper?.Vestigingen.ToList() ?? [];

    private List<VestigingCode> EigenVestigingen =>
        _aanroeper?.Vestigingen.Select(v => VestigingCode.Parse(v)).Where(v => v.IsGelukt).Select(v => v.Waarde).ToList() ?? [];

    public DbSet<ExpertiseWaardelijst> ExpertiseWaardelijsten => Set<ExpertiseWaardelijst>();

    public DbSet<Gebruiker> Gebruikers => Set<Gebruiker>();

    public DbSet<AuditRegel> AuditRegels => Set<AuditRegel>();

    public DbSet<Onderwijsbegeleidingsaanbieder> Onderwijsbegeleidingsaanbieders => Set<Onderwijsbegeleidingsaanbieder>();

    public DbSet<VerwijderdeAanbieder> VerwijderdeAanbieders => Set<VerwijderdeAanbieder>();

    public DbSet<Samenwerkingsverband> Samenwerkingsverbanden => Set<Samenwerkingsverband>();

    public DbSet<Beleidsinstellingen> Beleidsinstellingen => Set<Beleidsinstellingen>();

    public DbSet<Swvlogo> Swvlogos => Set<Swvlogo>();

    public DbSet<Schoolbestuur> Schoolbesturen => Set<Schoolbestuur>();

    public DbSet<School> Scholen => Set<School>();

    public DbSet<Deskundige> Deskundigen => Set<Deskundige>();

    public DbSet<Domain.Portfolio.Expertboek.Expertprofiel> Expertprofielen => Set<Domain.Portfolio.Expertboek.Expertprofiel>();

    public DbSet<Domain.Portfolio.Regioaanbod> Regioaanbod => Set<Domain.Portfolio.Regioaanbod>();

    public DbSet<Domain.Beleidsinformatie.Leerlingaantallen.Leerlingaantal> Leerlingaantallen => Set<Domain.Beleidsinformatie.Leerlingaantallen.Leerlingaantal>();

    public DbSet<Middelentoekenning> Middelentoekenningen => Set<Middelentoekenning>();

    public DbSet<Verantwoording> Verantwoordingen => Set<Verantwoording>();

    public DbSet<Samenwerkingsproject> Samenwerkingsprojecten => Set<Samenwerkingsproject>();

    public DbSet<Domain.Portfolio.Tevredenheid.Tevredenheidsonderzoek> Tevredenheidsonderzoeken => Set<Domain.Portfolio.Tevredenheid.Tevredenheidsonderzoek>();

    public DbSet<Leerling> Leerlingen => Set<Leerling>();

    public DbSet<Dossierimport> Dossierimports => Set<Dossierimport>();

    public DbSet<Arrangement> Arrangementen => Set<Arrangement>();

    public DbSet<Toelaatbaarheidsverklaring> Toelaatbaarheidsverklaringen => Set<Toelaatbaarheidsverklaring>();

    public DbSet<Ontwikkelingsperspectiefplan> Ontwikkelingsperspectiefplannen => Set<Ontwikkelingsperspectiefplan>();

    public IQueryable<OppStand> OppStanden => Set<OppStand>().AsNoTracking();

    public DbSet<Aanmelding> Aanmeldingen => Set<Aanmelding>();

    public DbSet<Betrokkene> Betrokkenen => Set<Betrokkene>();

    public DbSet<Domain.Portfolio.Expertinzet.Expertinzet> Expertinzetten => Set<Domain.Portfolio.Expertinzet.Expertinzet>();

    public DbSet<Domain.Thuiszitters.Thuiszitter> Thuiszitters => Set<Domain.Thuiszitters.Thuiszitter>();

    public DbSet<Vertegenwoordiging> Vertegenwoordigingen => Set<Vertegenwoordiging>();

    public DbSet<Toestemming> Toestemmingen => Set<Toestemming>();

    public DbSet<Document> Documenten => Set<Document>();

    /// <summary>The documents' bytes, for the default <c>IDocumentOpslag</c> only.</summary>
    internal DbSet<Documentbytes> Documentbytes => Set<Documentbytes>();

    public DbSet<Idempotentiesleutel> Idempotentiesleutels => Set<Idempotentiesleutel>();

    public DbSet<ArrangementTelling> ArrangementTellingen => Set<ArrangementTelling>();

    public DbSet<Melding> Meldingen => Set<Melding>();

    public DbSet<Meldingvoorkeuren> Meldingvoorkeuren => Set<Meldingvoorkeuren>();

    public DbSet<Mailopdracht> Mailopdrachten => Set<Mailopdracht>();
    public DbSet<Termijn> Termijnen => Set<Termijn>();

    public DbSet<KoppelingNotificatie> KoppelingNotificaties => Set<KoppelingNotificatie>();

    public DbSet<Abonnement> Abonnementen => Set<Abonnement>();

    public DbSet<Aflevering> Afleveringen => Set<Aflevering>();

    public DbSet<Afleverpoging> Afleverpogingen => Set<Afleverpoging>();

    public DbSet<Netwerkbespreking> Netwerkbesprekingen => Set<Netwerkbespreking>();

    public DbSet<Casus> Casussen => Set<Casus>();

    public DbSet<OutboxBericht> OutboxBerichten => Set<OutboxBericht>();

    public DbSet<VerwerkteGebeurtenis> VerwerkteGebeurtenissen => Set<VerwerkteGebeurtenis>();

    public Task SchrijfAuditRegelsAsync(IReadOnlyCollection<AuditRegel> regels, CancellationToken cancellationToken) =>
        this.KopieerAsync(regels, cancellationToken);

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var nu = _klok.GetUtcNow();
        AanbiederWijzigingen.Stempel(ChangeTracker, nu);

        // The aggregates' events go into the outbox in this same save, and so in the caller's transaction.
        var outbox = await OutboxSchrijver.VoegToeAsync(this, nu, cancellationToken).ConfigureAwait(false);
        try
        {
            var aantal = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
            OutboxSchrijver.Afronden(outbox);
            return aantal;
        }
        catch
        {
            OutboxSchrijver.Terugdraaien(this, outbox);
            throw;
        }
    }

    /// <summary>Every save goes through <see cref="SaveChangesAsync(bool, CancellationToken)"/>, the one path that writes the outbox.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync: it writes the aggregates' domain events to the outbox.");

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PassendOnderwijsDbContext).Assembly);

        modelBuilder.Entity<Gebruiker>().HasQueryFilter(g => g.Samenwerkingsverband == Tenant);
        modelBuilder.Entity<AuditRegel>().HasQueryFilter(a => a.Samenwerkingsverband == TenantCode);
        modelBuilder.Entity<Samenwerkingsverband>().HasQueryFilter(s => s.Id == Tenant);
        modelBuilder.Entity<Beleidsinstellingen>().HasQueryFilter(b => b.Id == Tenant);
        modelBuilder.Entity<Swvlogo>().HasQueryFilter(l => l.Id == Tenant);
        modelBuilder.Entity<Schoolbestuur>().HasQueryFilter(s => s.Samenwerkingsverband == Tenant);
        modelBuilder.Entity<School>().HasQueryFilter(s => s.Samenwerkingsverband == Tenant);
        modelBuilder.Entity<Deskundige>().HasQueryFilter(d => d.Samenwerkingsverband == Tenant);
        modelBuilder.Entity<Domain.Portfolio.Expertboek.Expertprofiel>().HasQueryFilter(p => p.Samenwerkingsverband == Tenant);
        modelBuilder.Entity<Domain.Portfolio.Regioaanbod>().HasQueryFilter(r => r.Samenwerkingsverband == Tenant);
        modelBuilder.Entity<Domain.Beleidsinformatie.Leerlingaantallen.Leerlingaantal>().HasQueryFilter(l => l.Samenwerkingsverband == Tenant);
        // The regional portfolio: SWV staff see it all; school staff (and a school's LAS) see the middelen of the
        // besturen of their own vestigingen and the projects of their schools' regio's; a role without vestigingen
        // and without the whole SWV (an ouder, a deskundige) sees none. Which roles may ask at all is the use cases'.
        modelBuilder.Entity<Middelentoekenning>().HasQueryFilter(m =>
            m.Samenwerkingsverband == Tenant
            && (!AlleenEigenVestigingen || Set<School>().Any(s => s.SchoolbestuurId == m.SchoolbestuurId && EigenVestigingen.Contains(s.Vestiging))));
        modelBuilder.Entity<Verantwoording>().HasQueryFilter(v =>
            v.Samenwerkingsverband == Tenant
            && (!AlleenEigenVestigingen || Set<School>().Any(s => s.SchoolbestuurId == v.SchoolbestuurId && EigenVestigingen.Contains(s.Vestiging))));
        modelBuilder.Entity<Samenwerkingsproject>().HasQueryFilter(p =>
            p.Samenwerkingsverband == Tenant
            && (!AlleenEigenVestigingen || Set<School>().Any(s => s.Regio == p.Regio && EigenVestigingen.Contains(s.Vestiging))));
        modelBuilder.Entity<Leerling>().HasQueryFilter(l =>
            l.Samenwerkingsverband == Tenant
            && (!AlleenEigenVestigingen || EigenVestigingen.Contains(l.Vestiging) || (AlsOuder && Set<Vertegenwoordiging>().Any(v => v.LeerlingId == l.Id && v.OuderId == AanroeperId && v.BeeindigdOp == null)))
            && (!AlleenBetrokkenLeerlingen || Set<ExpertBetrokkenheid>().Any(b => b.LeerlingId == l.Id && b.ExpertId == AanroeperId && (b.Tot == null || b.Tot >= Vandaag))));
        modelBuilder.Entity<Arrangement>().HasQueryFilter(a =>
            a.Samenwerkingsverband == Tenant
            && (!AlleenEigenVestigingen || EigenVestigingen.Contains(a.Vestiging) || (AlsOuder && Set<Vertegenwoordiging>().Any(v => v.LeerlingId == a.LeerlingId && v.OuderId == AanroeperId && v.BeeindigdOp == null)))
            && (!AlleenBetrokkenLeerlingen || Set<ExpertBetrokkenheid>().Any(b => b.LeerlingId == a.LeerlingId && b.ExpertId == AanroeperId && (b.Tot == null || b.Tot >= Vandaag))));
        modelBuilder.Entity<Toelaatbaarheidsverklaring>().HasQueryFilter(t =>
            t.Samenwerkingsverband == Tenant
            && (AlsDeskundige
                ? (t.EersteAdvies != null && t.EersteAdvies.GebruikerId == AanroeperId) || (t.TweedeAdvies != null && t.TweedeAdvies.GebruikerId == AanroeperId)
                : (!AlleenEigenVestigingen || EigenVestigingen.Contains(t.Vestiging) || EigenVestigingen.Contains(t.BeoogdeSchool.Vestiging)
                   || (AlsOuder && Set<Vertegenwoordiging>().Any(v => v.LeerlingId == t.LeerlingId && v.OuderId == AanroeperId && v.BeeindigdOp == null)))
                  && (!AlleenBetrokkenLeerlingen || Set<ExpertBetrokkenheid>().Any(b => b.LeerlingId == t.LeerlingId && b.ExpertId == AanroeperId && (b.Tot == null || b.Tot >= Vandaag)))));
        // The school writes its own pupils' plans; SWV staff and involved experts read one only when the pupil has an
        // arrangement or a TLV request (need to know); a deskundige never.
        modelBuilder.Entity<Ontwikkelingsperspectiefplan>().HasQueryFilter(o =>
            o.Samenwerkingsverband == Tenant && !AlsDeskundige
            && (!AlleenEigenVestigingen || EigenVestigingen.Contains(o.Vestiging)
                || (AlsOuder && Set<Vertegenwoordiging>().Any(v => v.LeerlingId == o.LeerlingId && v.OuderId == AanroeperId && v.BeeindigdOp == null)))
            && (!AlleenBetrokkenLeerlingen || Set<ExpertBetrokkenheid>().Any(b => b.LeerlingId == o.LeerlingId && b.ExpertId == AanroeperId && (b.Tot == null || b.Tot >= Vandaag)))
            && (AlleenEigenVestigingen
                || Set<Arrangement>().Any(a => a.LeerlingId == o.LeerlingId)
                || Set<Toelaatbaarheidsverklaring>().Any(t => t.LeerlingId == o.LeerlingId)));
        // An aanmelding is the business of the school it was made at (and of the school that admitted the pupil instead)
        // and of the SWV's staff, who watch the zorgplicht in their region; experts, deskundigen and ouders see none.
        modelBuilder.Entity<Aanmelding>().HasQueryFilter(a =>
            a.Samenwerkingsverband == Tenant && !AlsDeskundige && !AlleenBetrokkenLeerlingen && !AlsOuder
            && (!AlleenEigenVestigingen || EigenVestigingen.Contains(a.Vestiging) || (a.AndereSchoolVestiging != null && EigenVestigingen.Contains(a.AndereSchoolVestiging!))));
        // A dossier is the school's and the SWV staff's to read, never an expert's or a deskundige's (need to know: they
        // see what a request or plan carries, not the whole transfer dossier).
        modelBuilder.Entity<Dossierimport>().HasQueryFilter(d =>
            d.Samenwerkingsverband == Tenant && !AlsDeskundige && !AlleenBetrokkenLeerlingen
            && (!AlleenEigenVestigingen || EigenVestigingen.Contains(d.Vestiging)));
        modelBuilder.Entity<Betrokkene>().HasQueryFilter(b => b.Samenwerkingsverband == Tenant);

        // Where the plans stand, for "OPP ontbreekt" inside the (filtered) arrangementen: the tenant only. The plan's
        // own filter would make PostgreSQL check every plan of the samenwerkingsverband for an arrangement or TLV of its
        // pupil (40 to 60 ms at national size); the arrangement it is asked for already implies that.
        modelBuilder.Entity<OppStand>().HasQueryFilter(o => o.Samenwerkingsverband == Tenant);

        // The school sees the inzetten of its own vestigingen; an expert only those they are linked to (not every inzet
        // of a pupil they may see for another reason); SWV staff all of their samenwerkingsverband. Ouders and
        // deskundigen none: the inzet is the school's and the SWV's working file.
        modelBuilder.Entity<Domain.Portfolio.Expertinzet.Expertinzet>().HasQueryFilter(i =>
            i.Samenwerkingsverband == Tenant && !AlsOuder && !AlsDeskundige
            && (!AlleenEigenVestigingen || EigenVestigingen.Contains(i.Vestiging))
            && (!AlleenBetrokkenLeerlingen || i.ExpertId == AanroeperId));
        // The register is the SWV's: its staff see every entry; a school the entries of its own vestigingen (the ones it
        // reported, or of its pupils); experts, deskundigen and ouders none.
        modelBuilder.Entity<Domain.Thuiszitters.Thuiszitter>().HasQueryFilter(t =>
            t.Samenwerkingsverband == Tenant && !AlsOuder && !AlsDeskundige && !AlleenBetrokkenLeerlingen
            && (!AlleenEigenVestigingen || EigenVestigingen.Contains(t.Vestiging)));
        modelBuilder.Entity<Vertegenwoordiging>().HasQueryFilter(v => v.Samenwerkingsverband == Tenant && (!AlsOuder || v.OuderId == AanroeperId));
        // Consents are seen by whoever sees their pupil: the school, the SWV staff, and the child's own ouders (both
        // parents see who may look, whichever of them gave it). The external recipient is enforced in the view
        // expert_betrokkenheid, not here.
        modelBuilder.Entity<Toestemming>().HasQueryFilter(t => t.Samenwerkingsverband == Tenant && Set<Leerling>().Any(l => l.Id == t.LeerlingId));
        // A document is seen by whoever sees its pupil (the pupil's own filter, applied inside this one), an ouder only
        // the ones the school shared with them, and its bytes only with a document that passed.
        modelBuilder.Entity<Document>().HasQueryFilter(d =>
            d.Samenwerkingsverband == Tenant && (!AlsOuder || d.GedeeldMetOudersOp != null) && Set<Leerling>().Any(l => l.Id == d.LeerlingId));
        modelBuilder.Entity<Documentbytes>().HasQueryFilter(b => Set<Document>().Any(d => d.Id == b.DocumentId));
        modelBuilder.Entity<ArrangementTelling>().HasQueryFilter(t => t.Samenwerkingsverband == Tenant);
        // A person's notifications and choices are theirs alone, in one place like the tenant: another person's is not
        // found (404), whatever their role.
        modelBuilder.Entity<Melding>().HasQueryFilter(m => m.Samenwerkingsverband == Tenant && m.Ontvanger == AanroeperId);
        modelBuilder.Entity<Meldingvoorkeuren>().HasQueryFilter(v => v.Samenwerkingsverband == Tenant && v.Id == AanroeperId);
        // An ouder sees the terms of their own child's cases: the case names the pupil, the same link as the cases' filters.
        modelBuilder.Entity<Termijn>().HasQueryFilter(t =>
            t.Samenwerkingsverband == Tenant
            && (!AlleenEigenVestigingen || EigenVestigingen.Contains(t.Vestiging)
                || (AlsOuder
                    && ((t.Zaak == Zaaksoort.Toelaatbaarheidsverklaring && Set<Toelaatbaarheidsverklaring>().Any(z => z.Id == t.ZaakId
                            && Set<Vertegenwoordiging>().Any(v => v.LeerlingId == z.LeerlingId && v.OuderId == AanroeperId && v.BeeindigdOp == null)))
                        || (t.Zaak == Zaaksoort.Arrangement && Set<Arrangement>().Any(z => z.Id == t.ZaakId
                            && Set<Vertegenwoordiging>().Any(v => v.LeerlingId == z.LeerlingId && v.OuderId == AanroeperId && v.BeeindigdOp == null)))
                        || (t.Zaak == Zaaksoort.Ontwikkelingsperspectiefplan && Set<Ontwikkelingsperspectiefplan>().Any(z => z.Id == t.ZaakId
                            && Set<Vertegenwoordiging>().Any(v => v.LeerlingId == z.LeerlingId && v.OuderId == AanroeperId && v.BeeindigdOp == null)))))));

        // A koppeling learns of an event only when it concerns one of its own vestigingen (its scope: the feed's handler).
        modelBuilder.Entity<KoppelingNotificatie>().HasQueryFilter(n =>
            n.Samenwerkingsverband == Tenant && (!AlleenEigenVestigingen || n.Vestigingen.Any(v => EigenVestigingcodes.Contains(v))));
        modelBuilder.Entity<Abonnement>().HasQueryFilter(a => a.Samenwerkingsverband == Tenant);
        modelBuilder.Entity<Aflevering>().HasQueryFilter(a => a.Samenwerkingsverband == Tenant);
        modelBuilder.Entity<Afleverpoging>().HasQueryFilter(p => p.Samenwerkingsverband == Tenant);
        // Casuïstiek is anonymous but still the school's and the SWV's business: SWV staff see every case and bespreking
        // of their samenwerkingsverband, school staff the cases of their own vestigingen and the besprekingen of the
        // lokale netwerken those vestigingen are in; experts, deskundigen and ouders none (also not by mistake).
        modelBuilder.Entity<Netwerkbespreking>().HasQueryFilter(b =>
            b.Samenwerkingsverband == Tenant && !AlsDeskundige && !AlleenBetrokkenLeerlingen && !AlsOuder
            && (!AlleenEigenVestigingen
                || Set<School>().Any(s => EigenVestigingen.Contains(s.Vestiging) && s.Regio == b.Regio && s.LokaalNetwerk == b.LokaalNetwerk)));
        // A school sees the onderzoeken of its own vestigingen; which of the SWV's people read them is the use cases'.
        modelBuilder.Entity<Domain.Portfolio.Tevredenheid.Tevredenheidsonderzoek>().HasQueryFilter(o =>
            o.Samenwerkingsverband == Tenant && !AlsDeskundige && !AlleenBetrokkenLeerlingen && !AlsOuder
            && (!AlleenEigenVestigingen || EigenVestigingen.Contains(o.Vestiging)));
        modelBuilder.Entity<Casus>().HasQueryFilter(c =>
            c.Samenwerkingsverband == Tenant && !AlsDeskundige && !AlleenBetrokkenLeerlingen && !AlsOuder
            && (!AlleenEigenVestigingen || EigenVestigingen.Contains(c.Vestiging)));
        modelBuilder.HasSequence<long>(OutboxSchrijver.Volgorde);

        // OpenIddict names its tables in PascalCase; this schema is snake_case throughout.
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreApplication>().ToTable("openiddict_application");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreAuthorization>().ToTable("openiddict_authorization");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreScope>().ToTable("openiddict_scope");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreToken>().ToTable("openiddict_token");
    }

    private void Vergeet()
    {
        _aanroeper = null;
        _klok = TimeProvider.System;
    }
}
