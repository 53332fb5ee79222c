using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.VraagLbtAdvies;

/// <summary>SWV staff send the bezwaarschrift, their verweerschrift and the documents to the LBT and the objector, and ask the LBT for advice.</summary>
[TlvStapToegang(TlvStap.LbtAdviesaanvraag)]
[Audit(AuditActie.Wijzigen, TlvAudit.Soort, Doel = TlvAudit.Doel)]
public sealed record VraagLbtAdviesCommand(Guid TlvId, long? VerwachteVersie, Result<LbtAdviesaanvraag> Invoer) : IInvoerCommand<LbtAdviesaanvraag, TlvDto>, IVersieVoorwaarde;
