using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Portfolio.Expertboek;

namespace PassendOnderwijs.Application.Portfolio.Expertboek.Commands.LegExpertprofielVast;

/// <summary>
/// The beleidsmedewerker or the manager ondersteuning writes an expert's entry in the expertboek: based on the version they saw
/// (0 while there is none yet).
/// </summary>
[Toegang(Functies = [Functie.Beleidsmedewerker, Functie.ManagerOndersteuning])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Wijzigen, "expertprofiel", Doel = "Het expertboek van het regionale portfolio")]
public sealed record LegExpertprofielVastCommand(Guid ExpertId, long? VerwachteVersie, Result<Expertprofielgegevens> Invoer)
    : IInvoerCommand<Expertprofielgegevens, ExpertboekRegelDto>, IVersieVoorwaarde, IAuditBron
{
    public string? AuditResourceId => ExpertId.ToString();
}
