using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Organisaties;

/// <summary>
/// The samenwerkingsverband passend onderwijs: the tenant. Holds its own indeling in regio's and lokale netwerken;
/// schools name their regio and netwerk from it.
/// </summary>
public sealed class Samenwerkingsverband : AggregateRoot<SwvCode>
{
    public const int MaximaleLengteNaam = 120;
    public const int MaximumRegios = 50;
    public const int MaximumNetwerkenPerRegio = 50;

    private List<Regio> _regios = [];

    private Samenwerkingsverband()
    {
        Naam = string.Empty;
    }

    public SwvCode Code => Id;

    public string Naam { get; private set; }

    public IReadOnlyList<Regio> Regios => _regios;

    /// <summary>PO or VO: always the sector the code starts with, so it follows from the code and is not stored apart.</summary>
    public Sector Sector => SectorCodes.Van(Id);

    /// <summary>Whether the tenant is in use; the platform-beheerder suspends and reactivates it.</summary>
    public TenantStatus Status { get; private set; }

    public bool IsOpgeschort => Status == TenantStatus.Opgeschort;

    /// <summary>The change number: concurrency token and ETag (numbered by the store, as for every aggregate).</summary>
    public long Versie { get; private set; }

    /// <summary>
    /// A new tenant, active. <paramref name="sector"/> must be the one the code starts with; without it (code that
    /// holds only a code, such as the demo) it follows from the code.
    /// </summary>
    public static Result<Samenwerkingsverband> Registreer(string? code, string? naam, Sector? sector = null)
    {
        var swv = SwvCode.Parse(code, "code");
        var geldigeNaam = Tekst.Verplicht(naam, MaximaleLengteNaam, "naam", "naam-vereist", "Geef de naam van het samenwerkingsverband.");
        var fouten = swv.Fouten.Concat(geldigeNaam.Fouten).ToList();
        if (swv.IsGelukt && sector is { } opgegeven && opgegeven != SectorCodes.Van(swv.Waarde))
        {
            fouten.Add(Fout.Ongeldig(
                "sector-past-niet", $"De code {swv.Waarde} hoort bij de sector {SectorCodes.Lijst.LabelInZin(SectorCodes.Van(swv.Waarde))}.", "sector"));
        }

        return fouten.Count > 0
            ? Result<Samenwerkingsverband>.Mislukt(fouten)
            : new Samenwerkingsverband { Id = swv.Waarde, Naam = geldigeNaam.Waarde, Status = TenantStatus.Actief };
    }

    /// <summary>Nobody of this tenant signs in any more until <see cref="Heractiveer"/>; its data stays.</summary>
    public Result<Samenwerkingsverband> SchortOp()
    {
        if (IsOpgeschort)
        {
            return Fout.Conflict("al-opgeschort", "Dit samenwerkingsverband is al opgeschort.");
        }

        Status = TenantStatus.Opgeschort;
        return this;
    }

    public Result<Samenwerkingsverband> Heractiveer()
    {
        if (!IsOpgeschort)
        {
            return Fout.Conflict("niet-opgeschort", "Dit samenwerkingsverband is niet opgeschort.");
        }

        Status = TenantStatus.Actief;
        return this;
    }

    public Result<Samenwerkingsverband> Hernoem(string? naam)
    {
        var geldigeNaam = Tekst.Verplicht(naam, MaximaleLengteNaam, "naam", "naam-vereist", "Geef de naam van het samenwerkingsverband.");
        if (!geldigeNaam.IsGelukt)
        {
            return Result<Samenwerkingsverband>.Mislukt(geldigeNaam.Fouten);
        }

        Naam = geldigeNaam.Waarde;
        return this;
    }

    /// <summary>Replaces the whole indeling, checked by <see cref="LeesIndeling"/>.</summary>
    public Samenwerkingsverband DeelIn(IReadOnlyList<Regio> regios)
    {
        _regios = [.. regios];
        return this;
    }

    /// <summary>An indeling in regio's and lokale netwerken: names are required, regio names and the netwerk names within a regio unique.</summary>
    public static Result<IReadOnlyList<Regio>> LeesIndeling(IReadOnlyList<(string? Naam, IReadOnlyList<string?>? LokaleNetwerken)> regios)
    {
        ArgumentNullException.ThrowIfNull(regios);
        var fouten = new List<Fout>();
        var nieuw = new List<Regio>();
        if (regios.Count > MaximumRegios)
        {
            fouten.Add(Fout.Ongeldig("te-veel-regios", $"Hoogstens {MaximumRegios} regio's.", "regios"));
        }

        for (var i = 0; i < regios.Count; i++)
        {
            var naam = Tekst.Verplicht(regios[i].Naam, MaximaleLengteNaam, $"regios[{i}].naam", "naam-vereist", "Geef de naam van de regio.");
            fouten.AddRange(naam.Fouten);
            if (naam.IsGelukt && nieuw.Exists(r => string.Equals(r.Naam, naam.Waarde, StringComparison.OrdinalIgnoreCase)))
            {
                fouten.Add(Fout.Ongeldig("dubbele-regio", "Deze regio staat er al.", $"regios[{i}].naam"));
            }

            var netwerken = new List<string>();
            var opgegeven = regios[i].LokaleNetwerken ?? [];
            if (opgegeven.Count > MaximumNetwerkenPerRegio)
            {
                fouten.Add(Fout.Ongeldig("te-veel-netwerken", $"Hoogstens {MaximumNetwerkenPerRegio} lokale netwerken per regio.", $"regios[{i}].lokaleNetwerken"));
            }

            for (var j = 0; j < opgegeven.Count; j++)
            {
                var netwerk = Tekst.Verplicht(opgegeven[j], MaximaleLengteNaam, $"regios[{i}].lokaleNetwerken[{j}]", "naam-vereist", "Geef de naam van het lokale netwerk.");
                fouten.AddRange(netwerk.Fouten);
                if (netwerk.IsGelukt && netwerken.Contains(netwerk.Waarde, StringComparer.OrdinalIgnoreCase))
                {
                    fouten.Add(Fout.Ongeldig("dubbel-netwerk", "Dit lokale netwerk staat al in deze regio.", $"regios[{i}].lokaleNetwerken[{j}]"));
                }
                else if (netwerk.IsGelukt)
                {
                    netwerken.Add(netwerk.Waarde);
                }
            }

            if (naam.IsGelukt)
            {
                nieuw.Add(new Regio(naam.Waarde, netwerken));
            }
        }

        return fouten.Count > 0 ? Result<IReadOnlyList<Regio>>.Mislukt(fouten) : nieuw;
    }

    public bool KentNetwerk(string regio, string? lokaalNetwerk) =>
        _regios.Exists(r => string.Equals(r.Naam, regio, StringComparison.OrdinalIgnoreCase)
            && (lokaalNetwerk is null || r.LokaleNetwerken.Contains(lokaalNetwerk, StringComparer.OrdinalIgnoreCase)));
}
