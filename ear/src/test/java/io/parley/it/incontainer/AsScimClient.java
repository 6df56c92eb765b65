package io.parley.it.incontainer;

import io.parley.application.token.TokenIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/** Test caller: whatever it runs calls the services as the directory's SCIM client (a SCIM token's caller). */
@Stateless
@PermitAll
@RunAs(TokenIdentity.SCIM_GROUP)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsScimClient extends RoleCaller {}
