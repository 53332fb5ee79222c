using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Dossiers.Oso;

/// <summary>
/// From the delivered bytes to what the product keeps, in the order that keeps hostile input cheap: the safe,
/// schema-checked read first, then the rules the XSD cannot state, then the translation. Every problem found at a
/// stage is reported together, with its line or XPath.
/// </summary>
public static class OsoInlezing
{
    public static Result<OsoDossier> Lees(IOsoLezer lezer, ReadOnlyMemory<byte> xml)
    {
        ArgumentNullException.ThrowIfNull(lezer);
        var lezing = lezer.Lees(xml);
        if (lezing.Dossier is not { } dossier)
        {
            return Result<OsoDossier>.Mislukt(lezing.Afgekapt ? [.. lezing.Problemen, TeVeel()] : lezing.Problemen);
        }

        var regels = OsoRegels.Controleer(dossier);
        if (regels.Count > 0)
        {
            return Result<OsoDossier>.Mislukt(regels.Count == OsoGrenzen.MaxProblemen && OsoRegels.MeerDanMaximum(dossier) ? [.. regels, TeVeel()] : regels);
        }

        return OsoVertaling.Vertaal(dossier);
    }

    private static Fout TeVeel() => Fout.Ongeldig(
        "te-veel-problemen",
        $"Het dossier heeft meer dan {OsoGrenzen.MaxProblemen} problemen; alleen de eerste {OsoGrenzen.MaxProblemen} staan hierboven. Laat het LAS het dossier opnieuw maken.");
}
