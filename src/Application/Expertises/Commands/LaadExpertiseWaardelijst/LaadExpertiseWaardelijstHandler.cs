using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Application.Expertises.Commands.PubliceerExpertiseWaardelijst;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Expertises.Commands.LaadExpertiseWaardelijst;

public sealed class LaadExpertiseWaardelijstHandler(IApplicationDbContext db, TimeProvider klok)
    : InvoerHandler<LaadExpertiseWaardelijstCommand, Waardelijstinvoer, WaardelijstGepubliceerdDto>
{
    protected override ValueTask<Result<WaardelijstGepubliceerdDto>> Handle(
        LaadExpertiseWaardelijstCommand command,
        Waardelijstinvoer invoer,
        CancellationToken cancellationToken) =>
        new(db.PubliceerWaardelijstAsync(invoer, klok.GetUtcNow(), cancellationToken));
}
