using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Portfolio.Casuistiek.Commands.PlanNetwerkbespreking;

/// <summary>The regionaal procesbegeleider plans or records a bespreking of a lokaal netwerk of the indeling.</summary>
[Toegang(Functies = [Functie.RegionaalProcesbegeleider])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.RegelGeschonden)]
[Audit(AuditActie.Aanmaken, CasuistiekAudit.Bespreking, Doel = CasuistiekAudit.Doel)]
public sealed record PlanNetwerkbesprekingCommand(Result<Besprekinggegevens> Invoer) : IInvoerCommand<Besprekinggegevens, NetwerkbesprekingDto>;
