using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Ondersteuning;

namespace PassendOnderwijs.Domain.Matching;

/// <summary>
/// One setting the <see cref="Settingwijzer"/> suggests: a school, with the arrangement kinds and the ambulante
/// begeleiding it needs (none for tiers 1, 3, 4 and 5), explained on every IVO field. A candidate never goes without
/// its five field lines: the explanation is the point of the advice, so the constructor refuses anything else.
/// </summary>
public sealed class Settingkandidaat
{
    private static readonly IvoVeld[] Velden5 = Enum.GetValues<IvoVeld>();

    public Settingkandidaat(
        Settingsoort soort,
        Schoolprofiel school,
        IReadOnlyList<SoortArrangement> arrangementen,
        Begeleidingsinzet? begeleiding,
        Nabijheid nabijheid,
        IReadOnlyList<Veldtoelichting> velden,
        IReadOnlyList<string> opmerkingen,
        string samenvatting)
    {
        ArgumentNullException.ThrowIfNull(school);
        ArgumentNullException.ThrowIfNull(arrangementen);
        ArgumentNullException.ThrowIfNull(velden);
        ArgumentNullException.ThrowIfNull(opmerkingen);
        ArgumentException.ThrowIfNullOrWhiteSpace(samenvatting);
        if (!velden.Select(v => v.Veld).SequenceEqual(Velden5))
        {
            throw new ArgumentException("A candidate explains each of the five IVO fields once, in the order of the IVO model.", nameof(velden));
        }

        Soort = soort;
        School = school;
        Arrangementen = arrangementen;
        Begeleiding = begeleiding;
        Nabijheid = nabijheid;
        Velden = velden;
        Samenvatting = samenvatting;
        DektAlles = velden.All(v => v.Gedekt);

        // The notes (e.g. "the SWV stated nothing about its arrangements") explain a gap, so they belong to what is
        // missing and only when something is.
        Ontbreekt = DektAlles ? [] : [.. velden.Where(v => !v.Gedekt).Select(v => v.Tekort!), .. opmerkingen];
    }

    public Settingsoort Soort { get; }

    public Schoolprofiel School { get; }

    /// <summary>The arrangement kinds this setting needs, in the order of the samenwerkingsverband's list.</summary>
    public IReadOnlyList<SoortArrangement> Arrangementen { get; }

    public Begeleidingsinzet? Begeleiding { get; }

    public Nabijheid Nabijheid { get; }

    /// <summary>The capacity the aanbieder publishes; null for a school or when unknown.</summary>
    public int? Capaciteit => Begeleiding?.Capaciteit;

    public bool TlvNodig => Soort.VraagtTlv();

    public bool DektAlles { get; }

    /// <summary>Exactly five lines, one per IVO field in the order of the model.</summary>
    public IReadOnlyList<Veldtoelichting> Velden { get; }

    /// <summary>A sentence for each field that is not covered (and why, where known); empty when everything is covered.</summary>
    public IReadOnlyList<string> Ontbreekt { get; }

    public string Samenvatting { get; }
}
