using Mediator;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.StartHerindicatie;

/// <summary>
/// A new request for the period after this TLV, prefilled from it (same soort, categorie, school and onderbouwing,
/// starting the day after it ends); the old TLV records it, so its herindicatie signal stops. Answers the new request.
/// </summary>
[TlvStapToegang(TlvStap.Herindicatie)]
[Audit(AuditActie.Aanmaken, TlvAudit.Soort, Doel = TlvAudit.Doel)]
public sealed record StartHerindicatieCommand(Guid TlvId, long? VerwachteVersie) : ICommand<Result<TlvDto>>, IVersieVoorwaarde;
