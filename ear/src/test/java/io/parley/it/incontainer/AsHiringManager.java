package io.parley.it.incontainer;

import io.parley.domain.model.user.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/** Test caller: whatever it runs calls the services as the hiring manager max. */
@Stateless
@PermitAll
@RunAs(Role.HIRING_MANAGER_GROUP)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsHiringManager extends RoleCaller {}
