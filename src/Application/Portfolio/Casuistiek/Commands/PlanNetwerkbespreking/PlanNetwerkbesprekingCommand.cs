using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Portfolio.Casuistiek.Commands.PlanNetwerkbespreking;

/// <summary>SWV staff (the regionaal procesbegeleider) plan or record a bespreking of a lokaal netwerk of the indeling.</summary>
[Toegang(Rollen = [Rol.SwvMedewerker])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.RegelGeschonden)]
[Audit(AuditActie.Aanmaken, CasuistiekAudit.Bespreking, Doel = CasuistiekAudit.Doel)]
public sealed record PlanNetwerkbesprekingCommand(Result<Besprekinggegevens> Invoer) : IInvoerCommand<Besprekinggegevens, NetwerkbesprekingDto>;
