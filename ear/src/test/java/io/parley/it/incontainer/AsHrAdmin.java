package io.parley.it.incontainer;

import io.parley.domain.model.user.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/** Test caller: whatever it runs calls the services as an hr-admin (hana). */
@Stateless
@PermitAll
@RunAs(Role.HR_ADMIN_GROUP)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsHrAdmin extends RoleCaller {}
