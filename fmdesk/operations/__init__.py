"""Operations (运维管理): contractors, quality checks, meters, KPIs and monthly reports."""
