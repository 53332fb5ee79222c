using FluentValidation;

namespace PassendOnderwijs.Application.Leerlingen.Queries.GeefLeerlingen;

public sealed class GeefLeerlingenValidator : AbstractValidator<GeefLeerlingenQuery>
{
    public GeefLeerlingenValidator()
    {
        Include(new LeerlingSelectieRegels());
        RuleFor(q => q.PageSize).InclusiveBetween(1, LeerlingCursor.MaximalePageSize)
            .WithErrorCode("ongeldige-page-size").WithMessage($"pageSize ligt tussen 1 en {LeerlingCursor.MaximalePageSize}.");
    }
}
