using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Portfolio.Casuistiek.Commands.WijzigNetwerkbespreking;

/// <summary>The regionaal procesbegeleider changes a bespreking's date, the roles present or the notes (the netwerk stays), based on the version they saw.</summary>
[Toegang(Functies = [Functie.RegionaalProcesbegeleider])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.RegelGeschonden)]
[Audit(AuditActie.Wijzigen, CasuistiekAudit.Bespreking, Doel = CasuistiekAudit.Doel)]
public sealed record WijzigNetwerkbesprekingCommand(Guid BesprekingId, long? VerwachteVersie, Result<Besprekinggegevens> Invoer)
    : IInvoerCommand<Besprekinggegevens, NetwerkbesprekingDto>, IVersieVoorwaarde, IAuditBron
{
    public string? AuditResourceId => BesprekingId.ToString();
}
