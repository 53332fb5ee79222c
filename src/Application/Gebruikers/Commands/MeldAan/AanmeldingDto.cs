using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Gebruikers.Commands.MeldAan;

/// <param name="Gebruiker">Only when <paramref name="Uitkomst"/> is Gelukt.</param>
public sealed record AanmeldingDto(AanmeldUitkomst Uitkomst, AangemeldeGebruikerDto? Gebruiker);
