using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Meldingen;

/// <summary>One kind of notification: shown in the app, and/or announced by e-mail.</summary>
public sealed record Meldingvoorkeur(Meldingsoort Soort, bool InApp, bool PerEmail);

/// <summary>
/// What one person wants to be told, per kind. Stored only once the person changed something; until then
/// <see cref="Standaard"/> applies. Versioned for If-Match, like every resource a PUT replaces.
/// </summary>
public sealed class Meldingvoorkeuren
{
    private List<Meldingvoorkeur> _voorkeuren = [];

    private Meldingvoorkeuren()
    {
        Samenwerkingsverband = null!;
    }

    /// <summary>The account.</summary>
    public Guid Id { get; private init; }

    public SwvCode Samenwerkingsverband { get; private init; }

    /// <summary>One entry per kind, in the code list's order; a kind added later gets its default.</summary>
    public IReadOnlyList<Meldingvoorkeur> Voorkeuren => [.. Enum.GetValues<Meldingsoort>().Select(s => _voorkeuren.Find(v => v.Soort == s) ?? StandaardVoor(s))];

    /// <summary>0 while the person kept the defaults.</summary>
    public long Versie { get; private set; }

    public DateTimeOffset? GewijzigdOp { get; private set; }

    /// <summary>
    /// Everything in the app (the app is where the work is); by e-mail only what asks the person to act: a question to
    /// them, a term that passed, and a koppeling that stopped receiving. E-mail is sent at all only when the installation
    /// switched it on.
    /// </summary>
    public static Meldingvoorkeur StandaardVoor(Meldingsoort soort) =>
        new(soort, InApp: true, PerEmail: soort is Meldingsoort.VraagGesteld or Meldingsoort.TermijnVerlopen or Meldingsoort.KoppelingAfleveringMislukt);

    public static Meldingvoorkeuren Standaard(Guid gebruiker, SwvCode samenwerkingsverband) =>
        new() { Id = gebruiker, Samenwerkingsverband = samenwerkingsverband };

    public Meldingvoorkeur Voor(Meldingsoort soort) => _voorkeuren.Find(v => v.Soort == soort) ?? StandaardVoor(soort);

    /// <summary>Replaces the choices given; a kind left out keeps what it had.</summary>
    public void Wijzig(IEnumerable<Meldingvoorkeur> voorkeuren, DateTimeOffset nu)
    {
        ArgumentNullException.ThrowIfNull(voorkeuren);
        var nieuw = Voorkeuren.ToDictionary(v => v.Soort);
        foreach (var v in voorkeuren)
        {
            nieuw[v.Soort] = v;
        }

        _voorkeuren = [.. nieuw.Values.OrderBy(v => v.Soort)];
        Versie++;
        GewijzigdOp = nu;
    }
}
