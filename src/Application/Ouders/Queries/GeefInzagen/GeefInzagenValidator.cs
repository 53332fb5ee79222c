using PassendOnderwijs.Application.Audit;

namespace PassendOnderwijs.Application.Ouders.Queries.GeefInzagen;

public sealed class GeefInzagenValidator : AuditPaginaValidator<GeefInzagenQuery>;
