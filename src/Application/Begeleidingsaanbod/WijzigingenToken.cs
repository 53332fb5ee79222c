using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Expertises;

namespace PassendOnderwijs.Application.Begeleidingsaanbod;

/// <summary>
/// The change feed's state token: the highest change number the client has seen, the selection it follows, and
/// the day it was handed out (for the retention window; a day, not a time, so a page's ETag holds all day).
/// Public for the benchmark baseline, which must answer with the same bytes as the list.
/// </summary>
public sealed record WijzigingenToken(long Vanaf, DateOnly UitgegevenOp, AanbiederSelectie Selectie) : ISynctokenInhoud<WijzigingenToken>
{
    /// <summary>Clusters are numbered from 1, so 0 can stand for "every cluster".</summary>
    private const long GeenCluster = 0;

    public static Tokensoort Soort => Tokensoort.AanbiedersWijzigingen;

    public static WijzigingenToken? Lees(ref TokenLezer lezer)
    {
        if (!lezer.Geheel(out var vanaf) || !lezer.Datum(out var uitgegevenOp)
            || !lezer.Tekst(out var expertiseCode) || !lezer.Tekst(out var werkgebied) || !lezer.Geheel(out var cluster) || !lezer.Tekst(out var naam))
        {
            return null;
        }

        // The selection was checked when the token was made; checked again, so a token is never worth more than a request.
        ExpertiseCode? expertise = null;
        var geldig = (expertiseCode is null || ExpertiseCode.Parse(expertiseCode).Lukt(out expertise))
            && (cluster == GeenCluster || (cluster <= int.MaxValue && Enum.IsDefined(typeof(Cluster), (int)cluster)))
            && (werkgebied is null || AanbiederZoekregels.IsWerkgebied(werkgebied))
            && (naam is null || naam.Length <= AanbiederZoekregels.MaximaleLengteNaam);
        return geldig
            ? new WijzigingenToken(vanaf, uitgegevenOp, new AanbiederSelectie(expertise, werkgebied, cluster == GeenCluster ? null : (Cluster)cluster, naam))
            : null;
    }

    public void Schrijf(TokenSchrijver schrijver)
    {
        ArgumentNullException.ThrowIfNull(schrijver);
        schrijver.Geheel(Vanaf).Datum(UitgegevenOp)
            .Tekst(Selectie.Expertise?.Waarde).Tekst(Selectie.Werkgebied)
            .Geheel((long?)Selectie.Cluster ?? GeenCluster)
            .Tekst(Selectie.Naam);
    }
}
