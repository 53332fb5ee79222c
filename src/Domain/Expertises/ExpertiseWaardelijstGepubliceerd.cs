using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Schooljaren;

namespace PassendOnderwijs.Domain.Expertises;

public sealed record ExpertiseWaardelijstGepubliceerd(
    ExpertiseWaardelijstId WaardelijstId,
    Schooljaar GeldigVanaf,
    int AantalExpertises,
    DateTimeOffset Op) : IDomainEvent;
