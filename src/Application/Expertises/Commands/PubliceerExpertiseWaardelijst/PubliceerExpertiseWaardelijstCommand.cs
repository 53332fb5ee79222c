using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Expertises;

namespace PassendOnderwijs.Application.Expertises.Commands.PubliceerExpertiseWaardelijst;

/// <summary>
/// Publishes a new version of RIO's expertise waardelijst, valid from <see cref="GeldigVanaf"/>. Publishing the same
/// content for the same leerjaar again changes nothing, so reference data can be loaded at every start.
/// </summary>
[Intern]
public sealed record PubliceerExpertiseWaardelijstCommand(
    string? GeldigVanaf,
    string? Bron,
    IReadOnlyList<ExpertiseRegel>? Expertises) : ICommand<Result<WaardelijstGepubliceerdDto>>;
