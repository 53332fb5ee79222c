using PassendOnderwijs.Application.Common.Levenscyclus;
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
/// The seam to the lokaal netwerk's casuïstiek (built in parallel): whether an inzet may start from this casus.
/// The lead replaces the registered implementation, when merging, with one that checks the casus exists in the
/// caller's samenwerkingsverband and that its outcome was inzet expert (for this expertisegebied).
/// </summary>
public interface ICasusVoorInzet
{
    /// <summary>Why no inzet may start from this casus, or null when it may.</summary>
    Task<Fout?> WeigerAsync(Guid casusId, Expertisegebied expertisegebied, CancellationToken cancellationToken);
}

/// <summary>
/// PLACEHOLDER until the casuïstiek is merged: checks ONLY that a casus id was given (not the empty Guid). It does not
/// know whether the casus exists or what its outcome was; it must be replaced, not relied upon.
/// </summary>
internal sealed class CasusVoorInzetAlleenId : ICasusVoorInzet
{
    public Task<Fout?> WeigerAsync(Guid casusId, Expertisegebied expertisegebied, CancellationToken cancellationToken) =>
        Task.FromResult(casusId == Guid.Empty
            ? Fout.RegelGeschonden("casus-onbekend", "Noem de casus van het lokaal netwerk met de uitkomst inzet expert.", "casusId")
            : null);
}
