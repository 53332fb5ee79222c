namespace PassendOnderwijs.Application.Expertises.Commands.PubliceerExpertiseWaardelijst;

/// <param name="Nieuw">False when this exact version was already published (the command is idempotent).</param>
public sealed record WaardelijstGepubliceerdDto(Guid Id, string GeldigVanaf, int AantalExpertises, bool Nieuw);
