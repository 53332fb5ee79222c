using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Levenscyclus;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Portfolio.Casuistiek;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Portfolio;
using PassendOnderwijs.Domain.Portfolio.Expertinzet;

namespace PassendOnderwijs.Application.Portfolio.Expertinzet;

internal static class ExpertinzetAudit
{
    public const string Soort = "expertinzet";
    public const string Doel = "Inzet van een expert bij extra ondersteuning (regionaal portfolio, HGW-cyclus)";
}

internal static class ExpertinzetFouten
{
    /// <summary>Also for an inzet the caller may not see (another school's, or one the expert is not linked to).</summary>
    public static Fout Onbekend(Guid id) => Fout.NietGevonden("expertinzet-onbekend", $"Er is geen inzet van een expert {id} die u mag zien.");
}

/// <summary>The command takes this step of the inzet's lifecycle (<see cref="ExpertinzetLevenscyclus"/>).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ExpertinzetStapToegangAttribute(ExpertinzetStap stap)
    : StapToegangAttribute<Domain.Portfolio.Expertinzet.Expertinzet, ExpertinzetStatus, ExpertinzetStap>(ExpertinzetLevenscyclus.Tabel, stap);

/// <summary>
/// An inzet starts from the lokaal netwerk's casus (seed 004, routekaart step 4): the casus of the pupil's own school
/// whose outcome was inzet van een expert, on the same expertisegebied, used once. The casus learns which inzet came
/// of it (never the pupil); both are saved together.
/// </summary>
internal static class CasusVoorInzet
{
    public static async Task<Fout?> KoppelAsync(
        this IApplicationDbContext db, Guid casusId, Guid expertinzetId, Expertisegebied expertisegebied, VestigingCode vestiging,
        Actor door, DateTimeOffset nu, CancellationToken ct)
    {
        // The store shows school staff only their own vestigingen' cases: another school's casus is unknown here.
        var casus = await db.Casussen.FirstOrDefaultAsync(c => c.Id == casusId, ct).ConfigureAwait(false);
        if (casus is null || casus.Vestiging != vestiging)
        {
            return Fout.RegelGeschonden("casus-onbekend", "Kies een casus die uw school voor deze leerling in het lokaal netwerk inbracht.", "casusId");
        }

        if (casus.Uitkomst is { Soort: Uitkomstsoort.InzetExpert, Expertisegebied: { } gebied } && gebied != expertisegebied)
        {
            return Fout.RegelGeschonden(
                "ander-expertisegebied",
                $"Het lokaal netwerk vroeg een expert voor {ExpertisegebiedCodes.Lijst.LabelInZin(gebied)}; start de inzet op dat gebied.",
                "expertisegebied");
        }

        var gekoppeld = casus.KoppelAanInzet(expertinzetId, door, nu);
        return gekoppeld.IsGelukt ? null : gekoppeld.Fouten[0] with { Veld = "casusId" };
    }
}
