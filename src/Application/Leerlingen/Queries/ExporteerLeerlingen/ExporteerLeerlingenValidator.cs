using FluentValidation;

namespace PassendOnderwijs.Application.Leerlingen.Queries.ExporteerLeerlingen;

public sealed class ExporteerLeerlingenValidator : AbstractValidator<ExporteerLeerlingenQuery>
{
    public ExporteerLeerlingenValidator() => Include(new LeerlingSelectieRegels());
}
