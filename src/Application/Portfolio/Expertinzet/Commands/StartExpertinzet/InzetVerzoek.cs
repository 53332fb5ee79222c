using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Portfolio;
using PassendOnderwijs.Domain.Portfolio.Expertinzet;

namespace PassendOnderwijs.Application.Portfolio.Expertinzet.Commands.StartExpertinzet;

/// <summary>The request body; its attributes write the rules into the contract, <see cref="Lees"/> applies them all at once.</summary>
/// <param name="CasusId">The casus of the lokaal netwerk whose outcome was inzet expert.</param>
/// <param name="OppId">The pupil's OPP, which the school starts at this point (optional).</param>
/// <param name="ArrangementId">An arrangement of kind inzet-expert of the same pupil (optional).</param>
public sealed record InzetVerzoek(
    [property: Required] Guid? LeerlingId,
    [property: Required] Guid? CasusId,
    [property: Required, CodeUit<Expertisegebied>] string? Expertisegebied,
    [property: Required, MaxLength(Casusinformatie.MaximaleLengte)] string? Ondersteuningsvraag,
    [property: Required, MaxLength(Casusinformatie.MaximaleLengte)] string? BelemmerendeFactoren,
    [property: Required, MaxLength(Casusinformatie.MaximaleLengte)] string? StimulerendeFactoren,
    [property: Required, MaxLength(Casusinformatie.MaximaleLengte)] string? GebodenOndersteuning,
    Guid? OppId,
    Guid? ArrangementId)
{
    public Result<Inzetaanvraag> Lees()
    {
        var fouten = new List<Fout>();
        if (LeerlingId is null || LeerlingId == Guid.Empty)
        {
            fouten.Add(Fout.Ongeldig("leerling-vereist", "Kies de leerling voor wie de inzet is.", "leerlingId"));
        }

        if (CasusId is null || CasusId == Guid.Empty)
        {
            fouten.Add(Fout.Ongeldig("casus-vereist", "Noem de casus van het lokaal netwerk met de uitkomst inzet expert.", "casusId"));
        }

        var gebied = ExpertisegebiedCodes.Lijst.Lees(Expertisegebied, "expertisegebied", "expertisegebied");
        var casus = Casusinformatie.Lees(Ondersteuningsvraag, BelemmerendeFactoren, StimulerendeFactoren, GebodenOndersteuning);
        fouten.AddRange(gebied.Fouten.Concat(casus.Fouten));
        return fouten.Count > 0
            ? Result<Inzetaanvraag>.Mislukt(fouten)
            : new Inzetaanvraag(LeerlingId!.Value, CasusId!.Value, gebied.Waarde, casus.Waarde, OppId, ArrangementId);
    }
}

public sealed record Inzetaanvraag(Guid LeerlingId, Guid CasusId, Expertisegebied Expertisegebied, Casusinformatie Casus, Guid? OppId, Guid? ArrangementId);
