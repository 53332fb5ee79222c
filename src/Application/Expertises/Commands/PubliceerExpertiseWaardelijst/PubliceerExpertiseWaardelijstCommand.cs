using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Expertises.Commands.PubliceerExpertiseWaardelijst;

/// <summary>
/// Publishes a new version of RIO's expertise waardelijst, valid from its first leerjaar. Publishing the same
/// content for the same leerjaar again changes nothing, so reference data can be loaded at every start.
/// </summary>
[Intern]
public sealed record PubliceerExpertiseWaardelijstCommand(Result<Waardelijstinvoer> Invoer)
    : IInvoerCommand<Waardelijstinvoer, WaardelijstGepubliceerdDto>;
