using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Portfolio;

/// <summary>
/// The expertisegebieden a regio's portfolio offers schools through its lokale netwerken (seed 004: gedrag,
/// ZML-cognitie, hoogbegaafdheid, NT2, jonge kind, hechting/trauma and an orthopedagoog). A choice of the
/// samenwerkingsverband, re-weighed each year; the expertboek shows whether there are experts to carry it.
/// </summary>
public sealed class Regioaanbod : AggregateRoot<Guid>
{
    private List<Expertisegebied> _expertisegebieden = [];

    private Regioaanbod()
    {
        Samenwerkingsverband = null!;
        Regio = string.Empty;
    }

    public SwvCode Samenwerkingsverband { get; private set; }

    public string Regio { get; private set; }

    public IReadOnlyList<Expertisegebied> Expertisegebieden => _expertisegebieden;

    /// <summary>The change number: concurrency token and ETag (numbered by the store, as for every aggregate).</summary>
    public long Versie { get; private set; }

    public static Result<Regioaanbod> Stel(Samenwerkingsverband swv, string regio, IReadOnlyList<Expertisegebied> expertisegebieden)
    {
        ArgumentNullException.ThrowIfNull(swv);
        if (swv.Regios.All(r => r.Naam != regio))
        {
            return Fout.NietGevonden("regio-onbekend", $"Het samenwerkingsverband heeft geen regio '{regio}'.");
        }

        var aanbod = new Regioaanbod { Id = Guid.CreateVersion7(), Samenwerkingsverband = swv.Code, Regio = regio };
        aanbod.Wijzig(expertisegebieden);
        return aanbod;
    }

    /// <summary>An empty offer is allowed: a regio that buys all expertise elsewhere this year.</summary>
    public void Wijzig(IReadOnlyList<Expertisegebied> expertisegebieden)
    {
        ArgumentNullException.ThrowIfNull(expertisegebieden);
        _expertisegebieden = [.. expertisegebieden.Distinct().Order()];
    }
}
