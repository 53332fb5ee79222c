using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Application.Expertises.Commands.PubliceerExpertiseWaardelijst;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Expertises.Commands.LaadExpertiseWaardelijst;

/// <summary>
/// The server publishes a version of the waardelijst it ships with, at every start; the same rules as the
/// platform-beheerder's publication, and a version already there changes nothing, so it is safe to repeat.
/// </summary>
[Intern]
public sealed record LaadExpertiseWaardelijstCommand(Result<Waardelijstinvoer> Invoer)
    : IInvoerCommand<Waardelijstinvoer, WaardelijstGepubliceerdDto>;
