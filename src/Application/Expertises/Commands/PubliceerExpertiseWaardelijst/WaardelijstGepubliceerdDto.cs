using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Domain.Expertises;

namespace PassendOnderwijs.Application.Expertises.Commands.PubliceerExpertiseWaardelijst;

/// <param name="Nieuw">False when this exact version was already published (the command is idempotent).</param>
public sealed record WaardelijstGepubliceerdDto(Guid Id, string GeldigVanaf, string Bron, int AantalExpertises, bool Nieuw) : IAuditResultaat
{
    /// <summary>The leerjaar names the version to whoever reads the log.</summary>
    string IAuditResultaat.AuditResourceId => GeldigVanaf;

    internal static WaardelijstGepubliceerdDto Van(ExpertiseWaardelijst waardelijst, bool nieuw) =>
        new(waardelijst.Id.Waarde, waardelijst.GeldigVanaf.ToString(), waardelijst.Bron, waardelijst.Expertises.Count, nieuw);
}

internal static class WaardelijstAudit
{
    public const string Soort = "expertise-waardelijst";
    public const string Doel = "Beheer van de referentiegegevens van het platform";
}
